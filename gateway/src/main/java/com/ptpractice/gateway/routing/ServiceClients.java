package com.ptpractice.gateway.routing;

import java.time.Duration;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Clients for the calls the gateway makes on its own behalf (not the routes, which relay
 * the caller's token). Each carries the gateway's client-credentials token (client
 * {@code gateway}, realm role {@code SERVICE}), kept by the manager and renewed only
 * shortly before it expires.
 * <p>
 * Their connections come from a pool of their own, sized for a busy stack: Reactor
 * Netty's shared default (16 connections and 32 waiting per service on a 2-core machine)
 * refused the guard's questions at about 50 concurrent bookings, and each refusal became
 * a 503. A call that waits for a connection longer than the guard's own time limit fails
 * closed all the same.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

	/** The Keycloak client registration the gateway calls services as. */
	static final String REGISTRATION = "gateway";

	@Bean
	ReactiveOAuth2AuthorizedClientManager serviceTokenManager(ReactiveClientRegistrationRepository registrations,
			ReactiveOAuth2AuthorizedClientService authorizedClients) {
		return new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
	}

	/** Per downstream service: connections open at once, and callers waiting for one. */
	static final int MAX_CONNECTIONS = 128;

	static final int MAX_WAITING = 512;

	static final Duration MAX_WAIT = Duration.ofSeconds(2);

	@Bean(destroyMethod = "dispose")
	ConnectionProvider serviceConnections() {
		return ConnectionProvider.builder("gateway-service-calls")
			.maxConnections(MAX_CONNECTIONS)
			.pendingAcquireMaxCount(MAX_WAITING)
			.pendingAcquireTimeout(MAX_WAIT)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
	}

	@Bean
	WebClient schedulingClient(WebClient.Builder builder, DownstreamServices services,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager, ConnectionProvider serviceConnections) {
		return clientFor(builder, services.scheduling(), serviceTokenManager, serviceConnections);
	}

	@Bean
	WebClient patientsClient(WebClient.Builder builder, DownstreamServices services,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager, ConnectionProvider serviceConnections) {
		return clientFor(builder, services.patients(), serviceTokenManager, serviceConnections);
	}

	@Bean
	WebClient credentialingClient(WebClient.Builder builder, DownstreamServices services,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager, ConnectionProvider serviceConnections) {
		return clientFor(builder, services.credentialing(), serviceTokenManager, serviceConnections);
	}

	private static WebClient clientFor(WebClient.Builder builder, DownstreamServices.Downstream service,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager, ConnectionProvider connections) {
		ServerOAuth2AuthorizedClientExchangeFilterFunction serviceToken = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				serviceTokenManager);
		serviceToken.setDefaultClientRegistrationId(REGISTRATION);
		return builder.clone()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
			.baseUrl(service.baseUrl().toString())
			.filter(serviceToken)
			.build();
	}

}
