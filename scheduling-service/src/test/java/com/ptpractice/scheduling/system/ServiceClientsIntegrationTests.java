package com.ptpractice.scheduling.system;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.ptpractice.common.test.PostgresTest;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clients for other services fetch this service's own client-credentials token from
 * the token endpoint once, send it with every call, and reuse it while it is valid; every
 * call carries the W3C trace context. Calls reuse kept-alive connections, and a busy
 * service's answer is not asked again.
 */
@SpringBootTest
@PostgresTest("scheduling")
class ServiceClientsIntegrationTests {

	static final WireMockServer keycloakAndServices = new WireMockServer(options().dynamicPort());

	@Autowired
	@Qualifier("credentialingClient")
	RestClient credentialing;

	@Autowired
	@Qualifier("patientsClient")
	RestClient patients;

	@Autowired
	PoolingHttpClientConnectionManager serviceConnections;

	@DynamicPropertySource
	static void pointAtStubs(DynamicPropertyRegistry registry) {
		keycloakAndServices.start();
		String base = keycloakAndServices.baseUrl();
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> base + "/realms/clinic/protocol/openid-connect/token");
		registry.add("ptpractice.services.credentialing.base-url", () -> base + "/credentialing");
		registry.add("ptpractice.services.patients.base-url", () -> base + "/patients-service");
	}

	@AfterAll
	static void stopStubs() {
		keycloakAndServices.stop();
	}

	/** Keycloak's token endpoint: the same client-credentials token for every test. */
	@BeforeEach
	void stubTokenEndpoint() {
		keycloakAndServices.stubFor(post("/realms/clinic/protocol/openid-connect/token").willReturn(okJson("""
				{"access_token": "service-token-1", "token_type": "Bearer", "expires_in": 300}""")));
	}

	@Test
	void callsCarryOneCachedClientCredentialsToken() {
		keycloakAndServices.stubFor(get(urlEqualTo("/credentialing/therapists/1")).willReturn(okJson("{}")));
		keycloakAndServices.stubFor(get(urlEqualTo("/patients-service/patients/2")).willReturn(okJson("{}")));

		this.credentialing.get().uri("/therapists/1").retrieve().toBodilessEntity();
		this.credentialing.get().uri("/therapists/1").retrieve().toBodilessEntity();
		this.patients.get().uri("/patients/2").retrieve().toBodilessEntity();

		keycloakAndServices.verify(1, postRequestedFor(urlEqualTo("/realms/clinic/protocol/openid-connect/token"))
			.withRequestBody(containing("grant_type=client_credentials")));
		keycloakAndServices.verify(2, getRequestedFor(urlEqualTo("/credentialing/therapists/1"))
			.withHeader("Authorization", equalTo("Bearer service-token-1")));
		keycloakAndServices.verify(1,
				getRequestedFor(urlEqualTo("/patients-service/patients/2"))
					.withHeader("Authorization", equalTo("Bearer service-token-1"))
					.withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
	}

	@Test
	void callsOneAfterAnotherReuseOneKeptAliveConnection() {
		keycloakAndServices.stubFor(get(urlEqualTo("/credentialing/therapists/3")).willReturn(okJson("{}")));
		keycloakAndServices.stubFor(get(urlEqualTo("/patients-service/patients/4")).willReturn(okJson("{}")));

		for (int call = 0; call < 5; call++) {
			this.credentialing.get().uri("/therapists/3").retrieve().toBodilessEntity();
			this.patients.get().uri("/patients/4").retrieve().body(String.class);
		}

		PoolStats connections = this.serviceConnections.getTotalStats();
		assertThat(connections.getLeased()).isZero();
		assertThat(connections.getAvailable()).isEqualTo(1);
	}

	@Test
	void aBusyServicesAnswerIsNotAskedAgain() {
		keycloakAndServices.stubFor(get(urlEqualTo("/patients-service/patients/5"))
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

		assertThatExceptionOfType(HttpServerErrorException.ServiceUnavailable.class)
			.isThrownBy(() -> this.patients.get().uri("/patients/5").retrieve().toBodilessEntity());

		keycloakAndServices.verify(1, getRequestedFor(urlEqualTo("/patients-service/patients/5")));
	}

}
