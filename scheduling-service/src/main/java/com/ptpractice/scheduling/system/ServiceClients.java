package com.ptpractice.scheduling.system;

import java.time.Duration;

import com.ptpractice.common.web.RequestsInFlight;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
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

	/**
	 * The connections to the other services: HTTP/1.1, kept alive and reused, at most as
	 * many to each service as the requests this instance works on at once
	 * ({@code ptpractice.requests.max-in-flight}; a request asks a service one question
	 * at a time). A call that finds none free waits at most the connect timeout, then
	 * fails like a service that cannot be reached. A connection idle for two seconds is
	 * checked before it is reused, and one idle for 30 s is closed.
	 */
	@Bean
	PoolingHttpClientConnectionManager serviceConnections(ServiceClientsProperties properties,
			RequestsInFlight.Settings requests) {
		return PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnPerRoute(requests.maxInFlight())
			.setMaxConnTotal(2 * requests.maxInFlight())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(properties.connectTimeout()))
				.setSocketTimeout(Timeout.of(properties.readTimeout()))
				.setValidateAfterInactivity(TimeValue.ofSeconds(2))
				.build())
			.build();
	}

	/**
	 * The HTTP client both services' calls go through (closed, with its connections, when
	 * the service stops). Apache HttpClient's classic client: the calling virtual thread
	 * writes and reads the socket itself, where the JDK's client handed every answer from
	 * its selector thread to a worker thread and from there back to the caller (1.1 to
	 * 2.1 ms more per call in the bench's one-connection step, docs/performance.md). A
	 * GET that lost its connection before any answer is sent once more (a POST, such as
	 * the batch of eligibility questions, never is); an answer is never retried, a 503
	 * with {@code Retry-After} included: a busy service fails the request at once, as the
	 * design's fail-closed rule wants, instead of holding it a second.
	 */
	@Bean
	CloseableHttpClient serviceHttpClient(PoolingHttpClientConnectionManager serviceConnections) {
		return HttpClients.custom()
			.setConnectionManager(serviceConnections)
			.setRetryStrategy(new ConnectionFailuresOnly())
			.evictIdleConnections(TimeValue.ofSeconds(30))
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
	}

	@Bean
	RestClient credentialingClient(RestClient.Builder builder, ServiceClientsProperties properties,
			CloseableHttpClient serviceHttpClient, OAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, properties, properties.credentialing(), serviceHttpClient, serviceTokenManager);
	}

	@Bean
	RestClient patientsClient(RestClient.Builder builder, ServiceClientsProperties properties,
			CloseableHttpClient serviceHttpClient, OAuth2AuthorizedClientManager serviceTokenManager) {
		return clientFor(builder, properties, properties.patients(), serviceHttpClient, serviceTokenManager);
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
			ServiceClientsProperties.Endpoint endpoint, CloseableHttpClient httpClient,
			OAuth2AuthorizedClientManager serviceTokenManager) {
		OAuth2ClientHttpRequestInterceptor serviceToken = new OAuth2ClientHttpRequestInterceptor(serviceTokenManager);
		serviceToken.setClientRegistrationIdResolver((request) -> REGISTRATION);
		HttpComponentsClientHttpRequestFactory requestFactory = new HttpComponentsClientHttpRequestFactory(httpClient);
		requestFactory.setConnectionRequestTimeout(properties.connectTimeout());
		requestFactory.setReadTimeout(properties.readTimeout());
		return builder.clone()
			.baseUrl(endpoint.baseUrl().toString())
			.requestFactory(requestFactory)
			.requestInterceptor(serviceToken)
			.build();
	}

	/**
	 * One more try of an idempotent request whose connection failed; none after an
	 * answer.
	 */
	private static final class ConnectionFailuresOnly extends DefaultHttpRequestRetryStrategy {

		ConnectionFailuresOnly() {
			super(1, TimeValue.ZERO_MILLISECONDS);
		}

		@Override
		public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
			return false;
		}

	}

}
