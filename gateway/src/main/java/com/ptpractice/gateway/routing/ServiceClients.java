package com.ptpractice.gateway.routing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Clients for the calls the gateway makes on its own behalf (not the routes, which relay
 * the caller's token). Each carries the gateway's client-credentials token (client
 * {@code gateway}, realm role {@code SERVICE}), kept by the manager and renewed only
 * shortly before it expires, and each balances over the service's instances like the
 * routes do: its host is the service id, which Spring Cloud LoadBalancer resolves to one
 * of the instances in {@link DownstreamServices} per request.
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

	/**
	 * Boot's builder (its codecs, and the observation that carries the trace on) made
	 * load balanced. Boot's own builder backs off for it; nothing else here uses one.
	 */
	@Bean
	@LoadBalanced
	WebClient.Builder loadBalancedWebClientBuilder(ObjectProvider<WebClientCustomizer> customizers) {
		WebClient.Builder builder = WebClient.builder();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	@Bean
	WebClient schedulingClient(WebClient.Builder builder, DownstreamServices services,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, services.scheduling(), serviceTokenManager);
	}

	@Bean
	WebClient patientsClient(WebClient.Builder builder, DownstreamServices services,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, services.patients(), serviceTokenManager);
	}

	@Bean
	WebClient credentialingClient(WebClient.Builder builder, DownstreamServices services,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, services.credentialing(), serviceTokenManager);
	}

	private static WebClient clientFor(WebClient.Builder builder, DownstreamServices.Downstream service,
			ReactiveOAuth2AuthorizedClientManager serviceTokenManager) {
		ServerOAuth2AuthorizedClientExchangeFilterFunction serviceToken = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				serviceTokenManager);
		serviceToken.setDefaultClientRegistrationId(REGISTRATION);
		return builder.clone().baseUrl(service.balancedUrl().toString()).filter(serviceToken).build();
	}

}
