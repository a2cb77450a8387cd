package com.ptpractice.gateway.routing;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services the gateway routes to live. The routes in {@code application.yml}
 * and the gateway's own clients read their base URLs from here.
 *
 * @param scheduling the scheduling service
 * @param patients the patient service
 * @param credentialing the credentialing service
 */
@Validated
@ConfigurationProperties("ptpractice.services")
public record DownstreamServices(@Valid @NotNull Downstream scheduling, @Valid @NotNull Downstream patients,
		@Valid @NotNull Downstream credentialing) {

	/** The service with this route id, if there is one. */
	public Optional<Downstream> named(String id) {
		return Optional.ofNullable(
				Map.of("scheduling", this.scheduling, "patients", this.patients, "credentialing", this.credentialing)
					.get(id));
	}

	/**
	 * One downstream service.
	 *
	 * @param displayName how problems name the service to a person
	 * @param baseUrl scheme, host and port of the service
	 */
	public record Downstream(@NotNull String displayName, @NotNull URI baseUrl) {
	}

}
