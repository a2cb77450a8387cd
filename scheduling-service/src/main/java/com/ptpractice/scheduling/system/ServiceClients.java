package com.ptpractice.scheduling.system;

import java.net.http.HttpClient;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for the credentialing and patient services. Every call carries this
 * service's own client-credentials token (client {@code scheduling-service}, realm role
 * {@code SERVICE}), never the caller's: the manager keeps the token and fetches a new one
 * only shortly before it expires. Connect and read timeouts bound every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceClientsProperties.class)
public class ServiceClients {

	/** The Keycloak client registration this service calls others as. */
	static final String REGISTRATION = "scheduling-service";

	@Bean
	OAuth2AuthorizedClientManager serviceTokenManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients) {
		return new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
	}

	@Bean
	RestClient credentialingClient(RestClient.Builder builder, ServiceClientsProperties properties,
			OAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, properties, properties.credentialing(), serviceTokenManager);
	}

	@Bean
	RestClient patientsClient(RestClient.Builder builder, ServiceClientsProperties properties,
			OAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, properties, properties.patients(), serviceTokenManager);
	}

	/**
	 * The circuit breaker in front of credentialing's calls whose failure degrades
	 * instead of failing the request (therapists' display names): after half of the last
	 * ten calls (at least five) failed it lets none through for 30 s, then tries two, so
	 * a credentialing that is down costs a listing no read timeout.
	 */
	@Bean
	CircuitBreaker credentialingNamesBreaker() {
		return CircuitBreaker.of("credentialing-names",
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(10)
					.minimumNumberOfCalls(5)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(30))
					.permittedNumberOfCallsInHalfOpenState(2)
					.build());
	}

	private static RestClient clientFor(RestClient.Builder builder, ServiceClientsProperties properties,
			ServiceClientsProperties.Endpoint endpoint, OAuth2AuthorizedClientManager serviceTokenManager) {
		OAuth2ClientHttpRequestInterceptor serviceToken = new OAuth2ClientHttpRequestInterceptor(serviceTokenManager);
		serviceToken.setClientRegistrationIdResolver((request) -> REGISTRATION);
		// HTTP/1.1 on kept-alive connections: the JDK client's default (HTTP/2) first
		// asks
		// every new connection to upgrade to h2c, which the services never accept
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requestFactory.setReadTimeout(properties.readTimeout());
		return builder.clone()
			.baseUrl(endpoint.baseUrl().toString())
			.requestFactory(requestFactory)
			.requestInterceptor(serviceToken)
			.build();
	}

}
