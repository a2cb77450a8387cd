package com.ptpractice.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.common.test.TestIssuer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The real application on a random port, with the real JWT decoder against a
 * {@link TestIssuer}, a real PostgreSQL, and WireMock standing in for Keycloak's token
 * endpoint and the credentialing and patient services. "Now" is fixed at {@link #NOW} so
 * that dates in 2026 (and both of its DST changes) lie in the future.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@PostgresTest("scheduling")
public abstract class ApiIntegrationTestSupport {

	/** The instant the application believes it is. */
	public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	protected static final TestIssuer issuer = TestIssuer.start();

	protected static final WireMockServer stubs = startStubs();

	@Autowired
	protected RestTestClient client;

	private static final SettableClock settableClock = new SettableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return settableClock;
	}

	/** Moves the application's "now" for this test; each test starts at {@link #NOW}. */
	protected static void setNow(Instant now) {
		settableClock.now = now;
	}

	@BeforeEach
	void startAtNow() {
		setNow(NOW);
	}

	@DynamicPropertySource
	static void pointAtStubs(DynamicPropertyRegistry registry) {
		issuer.register(registry);
		String base = stubs.baseUrl();
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> base + "/realms/clinic/protocol/openid-connect/token");
		registry.add("ptpractice.services.credentialing.base-url", () -> base + "/credentialing");
		registry.add("ptpractice.services.patients.base-url", () -> base + "/patient-service");
		// generous for a loaded build machine (a stub's answer that misses it is a 503
		// the
		// test did not mean); the too-slow tests delay well past it
		registry.add("ptpractice.services.read-timeout", () -> "2500ms");
	}

	@BeforeEach
	void everyTherapistExistsByDefault() {
		stubs.stubFor(post("/realms/clinic/protocol/openid-connect/token").willReturn(okJson("""
				{"access_token": "service-token", "token_type": "Bearer", "expires_in": 300}""")));
		stubs.stubFor(get(urlPathMatching("/credentialing/therapists/[^/]+")).atPriority(10)
			.willReturn(okJson("{\"id\":\"x\"}")));
		// names of therapists (GET /therapists?ids=): none known unless a test says so
		stubs.stubFor(get(urlPathEqualTo("/credentialing/therapists")).atPriority(10).willReturn(okJson("""
				{"content": [], "page": 0, "size": 1, "totalElements": 0, "totalPages": 1}""")));
	}

	/** A clock that stands still where a test puts it. */
	private static final class SettableClock extends Clock {

		private volatile Instant now = NOW;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private static WireMockServer startStubs() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		return server;
	}

	/**
	 * A credentialing batch answer (WireMock's response template): {@code decisions},
	 * comma-separated decision objects whose {@code evaluatedAt} is {@code "{{at}}"},
	 * once for every instant the batch asked ({@code ats}).
	 */
	protected static ResponseDefinitionBuilder batchAnswer(String decisions) {
		return okJson("{\"decisions\":[{{#each (jsonPath request.body '$.ats') as |at|}}{{#unless @first}},{{/unless}}"
				+ decisions + "{{/each}}]}")
			.withTransformers("response-template");
	}

	protected static Consumer<HttpHeaders> as(String role) {
		String token = issuer.token(role.toLowerCase() + "-1", role);
		return (headers) -> headers.setBearerAuth(token);
	}

	protected static Consumer<HttpHeaders> admin() {
		return as(Roles.PRACTICE_ADMIN);
	}

	protected static Consumer<HttpHeaders> frontDesk() {
		return as(Roles.FRONT_DESK);
	}

	/** Opens a clinic through the API and returns its id. */
	protected UUID openClinic(String state, String zone) {
		Map<String, Object> body = Map.of("name", "Clinic " + UUID.randomUUID(), "addressLine1", "1 Main St", "city",
				"Somewhere", "state", state, "postalCode", "80202", "phone", "303-555-0100", "zoneId", zone, "latitude",
				39.74, "longitude", -104.99);
		String id = this.client.post()
			.uri("/clinics")
			.headers(admin())
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		return UUID.fromString(id);
	}

	/** Assigns a new therapist to the clinic with the given weekly hours JSON. */
	protected UUID assignNewTherapist(UUID clinicId, String from, String hoursJson) {
		UUID therapistId = UUID.randomUUID();
		assign(clinicId, therapistId, from, hoursJson);
		return therapistId;
	}

	protected void assign(UUID clinicId, UUID therapistId, String from, String hoursJson) {
		this.client.post()
			.uri("/clinics/{id}/assignments", clinicId)
			.headers(admin())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("""
					{"therapistId":"%s","effectiveFrom":"%s","hours":%s}""".formatted(therapistId, from, hoursJson))
			.exchange()
			.expectStatus()
			.isCreated();
	}

}
