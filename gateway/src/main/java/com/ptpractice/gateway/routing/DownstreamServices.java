package com.ptpractice.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services the gateway routes to live: each one's service id (the routes'
 * {@code lb://} addresses and the guard's clients' hosts) and the list of its instances,
 * over which Spring Cloud LoadBalancer balances (locally a list of addresses; in
 * Kubernetes one address, the service's, which the cluster balances).
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

	/** The service with this service id, if there is one. */
	Optional<Downstream> withServiceId(String serviceId) {
		return all().filter((service) -> service.serviceId().equals(serviceId)).findFirst();
	}

	Stream<Downstream> all() {
		return Stream.of(this.scheduling, this.patients, this.credentialing);
	}

	/**
	 * One downstream service.
	 *
	 * @param displayName how problems name the service to a person
	 * @param serviceId the name the load balancer knows it by
	 * @param baseUrl scheme, host and port of each instance (property {@code base-url}:
	 * one address, or a comma-separated list)
	 */
	public record Downstream(@NotNull String displayName, @NotNull String serviceId,
			@NotEmpty List<@NotNull URI> baseUrl) {

		/** The address that the load balancer resolves to one of the instances. */
		URI balancedUrl() {
			return URI.create("http://" + this.serviceId);
		}

	}

}
