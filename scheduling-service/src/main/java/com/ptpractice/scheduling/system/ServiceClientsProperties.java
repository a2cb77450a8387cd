package com.ptpractice.scheduling.system;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services this one calls live, and how long a call may take.
 *
 * @param credentialing the credentialing service
 * @param patients the patient service
 * @param connectTimeout bound on opening a connection
 * @param readTimeout bound on waiting for an answer
 */
@Validated
@ConfigurationProperties("ptpractice.services")
public record ServiceClientsProperties(@Valid @NotNull Endpoint credentialing, @Valid @NotNull Endpoint patients,
		@NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

	/**
	 * One service.
	 *
	 * @param baseUrl scheme, host and port
	 */
	public record Endpoint(@NotNull URI baseUrl) {
	}

}
