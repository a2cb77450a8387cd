package com.ptpractice.common.test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every servlet service promises, run against the real application on a random port
 * with its real JWT decoder: health probes, only health, info and metrics exposed, and
 * only on the management port (random here, {@code MANAGEMENT_PORT} in a deployment),
 * problem+json for unknown paths, and token checks (signature, issuer, audience, expiry).
 * A service's integration test extends this and adds its own assertions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
public abstract class ServiceContractTests {

	/** Lives as long as the test JVM: cached contexts keep pointing at it. */
	protected static final TestIssuer issuer = TestIssuer.start();

	@Autowired
	protected RestTestClient client;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void trustTestIssuer(DynamicPropertyRegistry registry) {
		issuer.register(registry);
	}

	/** A role that may call the service's API. */
	protected abstract String allowedRole();

	/** The actuator's port, which is not the API's. */
	protected RestTestClient management() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.managementPort).build();
	}

	@Test
	void reportsLivenessAndReadinessWithoutAToken() {
		management().get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		management().get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void exposesOnlyHealthInfoAndPrometheus() {
		management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		management().get().uri("/actuator/info").exchange().expectStatus().isOk();
		String token = issuer.token("contract-user", allowedRole());
		management().get().uri("/actuator/env").headers(bearer(token)).exchange().expectStatus().isNotFound();
		management().get().uri("/actuator/beans").headers(bearer(token)).exchange().expectStatus().isNotFound();
	}

	@Test
	void servesNoActuatorOnTheApiPort() {
		String token = issuer.token("contract-user", allowedRole());
		for (String path : new String[] { "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info" }) {
			this.client.get().uri(path).headers(bearer(token)).exchange().expectStatus().isNotFound();
		}
	}

	@Test
	void unknownPathIsAProblemNotAPage() {
		this.client.get()
			.uri("/no/such/thing")
			.headers(bearer(issuer.token("contract-user", allowedRole())))
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/not-found");
	}

	@Test
	void requestWithoutATokenIsA401Problem() {
		expectUnauthorized(null);
	}

	@Test
	void expiredTokenIsRejected() {
		expectUnauthorized(issuer.expiredToken("contract-user", allowedRole()));
	}

	@Test
	void tokenSignedByAnotherKeyIsRejected() {
		expectUnauthorized(TestIssuer.foreign().token("contract-user", allowedRole()));
	}

	@Test
	void tokenFromAnotherIssuerIsRejected() {
		expectUnauthorized(issuer.tokenFor("contract-user", "http://evil.example/realms/clinic", TestIssuer.AUDIENCE,
				in5Minutes(), allowedRole()));
	}

	@Test
	void tokenForAnotherAudienceIsRejected() {
		expectUnauthorized(
				issuer.tokenFor("contract-user", issuer.issuer(), "some-other-api", in5Minutes(), allowedRole()));
	}

	protected void expectUnauthorized(@Nullable String token) {
		this.client.get().uri("/no/such/thing").headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		})
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.exists(HttpHeaders.WWW_AUTHENTICATE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/unauthorized");
	}

	protected static Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	private static Instant in5Minutes() {
		return Instant.now().plus(5, ChronoUnit.MINUTES);
	}

}
