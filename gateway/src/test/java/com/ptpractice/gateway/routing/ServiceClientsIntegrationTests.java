package com.ptpractice.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The gateway's own calls fetch its client-credentials token once, send it with every
 * call to every service, and reuse it while it is valid.
 */
@SpringBootTest
class ServiceClientsIntegrationTests {

	static final WireMockServer keycloakAndServices = new WireMockServer(options().dynamicPort());

	/** A second instance of the credentialing service. */
	static final WireMockServer credentialingTwo = new WireMockServer(options().dynamicPort());

	@Autowired
	@Qualifier("credentialingClient")
	WebClient credentialing;

	@Autowired
	@Qualifier("patientsClient")
	WebClient patients;

	@DynamicPropertySource
	static void pointAtStubs(DynamicPropertyRegistry registry) {
		keycloakAndServices.start();
		credentialingTwo.start();
		String base = keycloakAndServices.baseUrl();
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> base + "/realms/clinic/protocol/openid-connect/token");
		registry.add("ptpractice.services.credentialing.base-url", () -> base + "," + credentialingTwo.baseUrl());
		registry.add("ptpractice.services.patients.base-url", () -> base);
	}

	@AfterAll
	static void stopStubs() {
		keycloakAndServices.stop();
		credentialingTwo.stop();
	}

	@Test
	void callsCarryOneCachedClientCredentialsToken() {
		keycloakAndServices.stubFor(post("/realms/clinic/protocol/openid-connect/token").willReturn(okJson("""
				{"access_token": "gateway-token-1", "token_type": "Bearer", "expires_in": 300}""")));
		keycloakAndServices.stubFor(get(urlEqualTo("/eligibility")).willReturn(okJson("{}")));
		credentialingTwo.stubFor(get(urlEqualTo("/eligibility")).willReturn(okJson("{}")));
		keycloakAndServices.stubFor(get(urlEqualTo("/patients/7")).willReturn(okJson("{}")));

		this.credentialing.get().uri("/eligibility").retrieve().toBodilessEntity().block();
		this.credentialing.get().uri("/eligibility").retrieve().toBodilessEntity().block();
		this.patients.get().uri("/patients/7").retrieve().toBodilessEntity().block();

		keycloakAndServices.verify(1, postRequestedFor(urlEqualTo("/realms/clinic/protocol/openid-connect/token"))
			.withRequestBody(containing("grant_type=client_credentials")));
		// two instances of credentialing: round robin, one call each
		keycloakAndServices.verify(1, getRequestedFor(urlEqualTo("/eligibility")).withHeader("Authorization",
				equalTo("Bearer gateway-token-1")));
		credentialingTwo.verify(1, getRequestedFor(urlEqualTo("/eligibility")).withHeader("Authorization",
				equalTo("Bearer gateway-token-1")));
		keycloakAndServices.verify(1, getRequestedFor(urlEqualTo("/patients/7")).withHeader("Authorization",
				equalTo("Bearer gateway-token-1")));
	}

}
