package com.ptpractice.gateway.browser;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.AnotherInstance;
import com.ptpractice.common.test.TestIssuer;
import com.ptpractice.gateway.GatewayApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's whole way through the running gateway: sign-in against a stand-in for
 * Keycloak (its token, key and user-info endpoints stubbed, tokens signed by
 * {@link TestIssuer}), the session (kept in the local Redis, shared by every gateway),
 * CSRF, token relay and renewal, and sign-out; bearer callers beside it, unchanged.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.springframework.security=DEBUG", "ptpractice.practice.zone=America/Phoenix" })
@AutoConfigureWebTestClient
class BrowserSessionIntegrationTests {

	static final WireMockServer backend = new WireMockServer(options().dynamicPort());

	static final WireMockServer keycloak = new WireMockServer(options().dynamicPort());

	static final TestIssuer issuer = TestIssuer.start();

	static final String PUBLIC_KEYCLOAK = "http://sign-in.example";

	static final String OIDC = "/realms/clinic/protocol/openid-connect/";

	static final String SUBJECT = "c0ffee00-0000-4000-8000-000000000001";

	@Autowired
	WebTestClient client;

	@Autowired
	ConfigurableEnvironment environment;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		backend.start();
		keycloak.start();
		issuer.register(registry);
		registry.add("ptpractice.services.scheduling.base-url", backend::baseUrl);
		registry.add("ptpractice.services.patients.base-url", backend::baseUrl);
		registry.add("ptpractice.services.credentialing.base-url", backend::baseUrl);
		registry.add("ptpractice.browser.keycloak-url", keycloak::baseUrl);
		registry.add("ptpractice.browser.keycloak-public-url", () -> PUBLIC_KEYCLOAK);
		registry.add("ptpractice.browser.issuer-uri", issuer::issuer);
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> keycloak.baseUrl() + OIDC + "token");
	}

	@AfterAll
	static void stop() {
		backend.stop();
		keycloak.stop();
		issuer.close();
	}

	@BeforeEach
	void resetStubs() {
		backend.resetAll();
		keycloak.resetAll();
		keycloak.stubFor(get(OIDC + "certs").willReturn(okJson(issuer.jwks())));
		keycloak.stubFor(get(OIDC + "userinfo").willReturn(okJson("""
				{"sub": "%s", "preferred_username": "frontdesk", "name": "Nora Whitaker",
				 "email": "frontdesk@demo.ptpractice.example"}""".formatted(SUBJECT))));
	}

	@Test
	void withoutASessionTheUserIsA401ProblemAndTheCsrfCookieIsSet() {
		WebTestClient.ResponseSpec response = this.client.get().uri("/bff/user").exchange();

		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
		ResponseCookie csrf = response.returnResult(Void.class).getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(csrf).isNotNull();
		assertThat(csrf.getValue()).isNotBlank();
		assertThat(csrf.getPath()).isEqualTo("/");
		assertThat(csrf.getSameSite()).isEqualTo("Lax");
		assertThat(csrf.isHttpOnly()).isFalse();
	}

	@Test
	void signInStartsAtKeycloaksPublicAddressWithStateAndAnS256Challenge() {
		var result = this.client.get()
			.uri("/bff/login?returnTo=/%23/desk")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class);

		URI location = result.getResponseHeaders().getLocation();
		assertThat(location).isNotNull();
		assertThat(location.toString()).startsWith(PUBLIC_KEYCLOAK + OIDC + "auth?");
		Map<String, String> query = query(location);
		assertThat(query.get("response_type")).isEqualTo("code");
		assertThat(query.get("client_id")).isEqualTo("clinic-web");
		assertThat(query.get("code_challenge_method")).isEqualTo("S256");
		assertThat(query.get("code_challenge")).isNotBlank();
		assertThat(query.get("state")).isNotBlank();
		assertThat(query.get("nonce")).isNotBlank();
		assertThat(query.get("redirect_uri")).endsWith("/login/oauth2/code/clinic-web");
		ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
	}

	@Test
	void signedInTheBrowserLandsOnItsReturnToAndSeesItsUserRolesAndThePracticeZone() {
		// Keycloak adds its own default roles; the front end sees the platform's roles
		// only
		Session session = signIn("/#/desk", Roles.FRONT_DESK, "default-roles-clinic", "offline_access");

		assertThat(session.landedOn()).isEqualTo("/#/desk");
		session.get("/bff/user")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo(SUBJECT)
			.jsonPath("$.username")
			.isEqualTo("frontdesk")
			.jsonPath("$.name")
			.isEqualTo("Nora Whitaker")
			.jsonPath("$.email")
			.isEqualTo("frontdesk@demo.ptpractice.example")
			.jsonPath("$.roles")
			.isEqualTo(List.of("FRONT_DESK"))
			.jsonPath("$.practiceZone")
			.isEqualTo("America/Phoenix");
		// the code was redeemed with the PKCE verifier and the client's secret
		keycloak.verify(postRequestedFor(urlEqualTo(OIDC + "token"))
			.withRequestBody(containing("grant_type=authorization_code"))
			.withRequestBody(containing("code_verifier="))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Basic Y2xpbmljLXdlYjp3ZWItZGVtby1zZWNyZXQ=")));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "desk" })
	void returnToOffThisSiteLandsHome(String returnTo) {
		assertThat(signIn(returnTo, Roles.FRONT_DESK).landedOn()).isEqualTo("/");
	}

	@Test
	void aSessionsStateChangingCallWithoutTheCsrfTokenIsA403ProblemAndIsNotForwarded() {
		Session session = signIn("/", Roles.FRONT_DESK);

		session.post("/api/scheduling/appointments/" + UUID.randomUUID() + "/cancel", false)
			.bodyValue(Map.of("reason", "patient called"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/csrf-token-invalid");
		assertThat(backend.getAllServeEvents()).isEmpty();
	}

	@Test
	void aSessionsCallWithTheCsrfTokenIsForwardedWithTheSessionsAccessTokenAndNoCookies() {
		Session session = signIn("/", Roles.FRONT_DESK);
		String cancel = "/appointments/" + UUID.randomUUID() + "/cancel";
		backend.stubFor(post(cancel).willReturn(okJson("{\"status\":\"CANCELLED\"}")));

		session.post("/api/scheduling" + cancel, true)
			.bodyValue(Map.of("reason", "patient called"))
			.exchange()
			.expectStatus()
			.isOk();
		backend.verify(postRequestedFor(urlEqualTo(cancel))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + session.accessToken()))
			.withHeader(HttpHeaders.COOKIE, absent()));
	}

	@Test
	void aSessionsBookingPassesTheNeedlingGuardWithTheUsersTokenRelayed() {
		Session session = signIn("/", Roles.FRONT_DESK);
		keycloak.stubFor(post(OIDC + "token").withRequestBody(containing("grant_type=client_credentials"))
			.willReturn(okJson(tokenResponse(issuer.token("service-gateway", Roles.SERVICE), null, null, 300))));
		backend.stubFor(get("/appointment-types")
			.willReturn(okJson("[{\"code\":\"INITIAL_EVALUATION\",\"involvesDryNeedling\":false}]")));
		backend.stubFor(post("/appointments").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"" + UUID.randomUUID() + "\"}")));

		session.post("/api/scheduling/appointments", true)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(Map.of("patientId", UUID.randomUUID(), "therapistId", UUID.randomUUID(), "clinicId",
					UUID.randomUUID(), "type", "INITIAL_EVALUATION", "startsAt", "2027-03-02T16:00:00Z"))
			.exchange()
			.expectStatus()
			.isCreated();
		backend.verify(postRequestedFor(urlEqualTo("/appointments")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + session.accessToken())));
	}

	@Test
	void aPatientsSessionIsRefusedTheCredentialingServiceAtTheGateway() {
		Session session = signIn("/#/my", Roles.PATIENT);

		session.get("/api/credentialing/therapists")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/forbidden");
		assertThat(backend.getAllServeEvents()).isEmpty();
	}

	@Test
	void aBearerCallNeedsNoCsrfTokenAndKeepsItsOwnToken() {
		String token = issuer.token("front-desk-1", Roles.FRONT_DESK);
		String cancel = "/appointments/" + UUID.randomUUID() + "/cancel";
		backend.stubFor(post(cancel).willReturn(okJson("{\"status\":\"CANCELLED\"}")));

		this.client.post()
			.uri("/api/scheduling" + cancel)
			.headers((headers) -> headers.setBearerAuth(token))
			.bodyValue(Map.of("reason", "patient called"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		backend.verify(
				postRequestedFor(urlEqualTo(cancel)).withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
	}

	@Test
	void anApiCallWithNeitherSessionNorTokenIsA401ProblemNeverARedirect() {
		this.client.get()
			.uri("/api/scheduling/appointment-types")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.post()
			.uri("/api/scheduling/appointments/" + UUID.randomUUID() + "/cancel")
			.bodyValue(Map.of("reason", "x"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(backend.getAllServeEvents()).isEmpty();
	}

	@Test
	void anExpiredAccessTokenIsRenewedWithTheRefreshTokenBeforeItIsRelayed() {
		// a token that lives less than the one-minute clock skew counts as expired at
		// once
		Session session = signIn("/", 30, Roles.FRONT_DESK);
		String renewed = issuer.token(SUBJECT, Roles.FRONT_DESK);
		keycloak.stubFor(post(OIDC + "token").withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson(tokenResponse(renewed, "refresh-2", null, 300))));
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));

		session.get("/api/scheduling/appointment-types").exchange().expectStatus().isOk();
		backend.verify(getRequestedFor(urlEqualTo("/appointment-types")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + renewed)));
		keycloak.verify(
				postRequestedFor(urlEqualTo(OIDC + "token")).withRequestBody(containing("refresh_token=refresh-1")));
	}

	@Test
	void aSessionWhoseTokensCannotBeRenewedIsA401ProblemAndEnds() {
		Session session = signIn("/", 30, Roles.FRONT_DESK);
		keycloak.stubFor(post(OIDC + "token").withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}")));

		session.get("/api/scheduling/appointment-types")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		session.get("/bff/user").exchange().expectStatus().isUnauthorized();
		assertThat(backend.getAllServeEvents()).isEmpty();
	}

	@Test
	void signOutEndsTheSessionAndAnswersKeycloaksEndSessionAddress() {
		Session session = signIn("/", Roles.FRONT_DESK);

		session.post("/bff/logout", true)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.redirectTo")
			.value((String redirectTo) -> {
				assertThat(redirectTo).startsWith(PUBLIC_KEYCLOAK + OIDC + "logout?");
				Map<String, String> query = query(URI.create(redirectTo));
				assertThat(query.get("id_token_hint")).isEqualTo(session.idToken());
				assertThat(query.get("post_logout_redirect_uri")).isEqualTo("http://localhost:8080/");
			});
		session.get("/bff/user").exchange().expectStatus().isUnauthorized();
	}

	/**
	 * Sessions live in Redis, not in one gateway's memory: another gateway (or this one
	 * after a restart, which is the same: a process that never saw the sign-in) knows the
	 * browser, relays its token, checks its CSRF token, and a sign-out there ends the
	 * session here too.
	 */
	@Test
	void aSessionSignedInHereWorksOnAnotherGatewayAndEndsEverywhereWhenSignedOutThere() {
		Session here = signIn("/", Roles.FRONT_DESK);
		String cancel = "/appointments/" + UUID.randomUUID() + "/cancel";
		backend.stubFor(post(cancel).willReturn(okJson("{\"status\":\"CANCELLED\"}")));

		try (ConfigurableApplicationContext otherGateway = anotherGateway()) {
			Session there = here.through(WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + otherGateway.getEnvironment().getProperty("local.server.port"))
				.build());
			there.get("/bff/user")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.username")
				.isEqualTo("frontdesk");
			there.post("/api/scheduling" + cancel, false)
				.bodyValue(Map.of("reason", "patient called"))
				.exchange()
				.expectStatus()
				.isForbidden();
			there.post("/api/scheduling" + cancel, true)
				.bodyValue(Map.of("reason", "patient called"))
				.exchange()
				.expectStatus()
				.isOk();
			backend.verify(postRequestedFor(urlEqualTo(cancel)).withHeader(HttpHeaders.AUTHORIZATION,
					equalTo("Bearer " + here.accessToken())));
			there.post("/bff/logout", true).exchange().expectStatus().isOk();
		}
		here.get("/bff/user").exchange().expectStatus().isUnauthorized();
	}

	/** A second gateway application with this test's settings, on ports of its own. */
	private ConfigurableApplicationContext anotherGateway() {
		return AnotherInstance.start(GatewayApplication.class, this.environment, null);
	}

	@Test
	void signOutWithoutTheCsrfTokenIsRefused() {
		Session session = signIn("/", Roles.FRONT_DESK);

		session.post("/bff/logout", false).exchange().expectStatus().isForbidden();
		session.get("/bff/user").exchange().expectStatus().isOk();
	}

	@Test
	void theFrontEndsFilesAreOpenToEveryoneUnderAPolicyForABuiltSinglePageApp() {
		this.client.get()
			.uri("/index.html")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(200, 404))
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
							+ "form-action 'self'; frame-ancestors 'none'");
	}

	private Session signIn(String returnTo, String... roles) {
		return signIn(returnTo, 300, roles);
	}

	/** Through the whole sign-in as a browser goes: gateway, Keycloak, callback. */
	private Session signIn(String returnTo, int accessTokenSeconds, String... roles) {
		var start = this.client.get()
			.uri((uri) -> uri.path("/bff/login").queryParam("returnTo", "{target}").build(returnTo))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class);
		String sessionId = start.getResponseCookies().getFirst("SESSION").getValue();
		Map<String, String> authorization = query(start.getResponseHeaders().getLocation());

		// Keycloak signs the user in and redeems the code for these tokens
		String accessToken = issuer.token(SUBJECT, roles);
		String idToken = issuer.idToken(SUBJECT, "clinic-web", authorization.get("nonce"), Map.of("preferred_username",
				"frontdesk", "name", "Nora Whitaker", "email", "frontdesk@demo.ptpractice.example"));
		keycloak.stubFor(post(OIDC + "token").withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson(tokenResponse(accessToken, "refresh-1", idToken, accessTokenSeconds))));

		var callback = this.client.get()
			.uri((uri) -> uri.path("/login/oauth2/code/clinic-web")
				.queryParam("code", "code-" + UUID.randomUUID())
				.queryParam("state", authorization.get("state"))
				.build())
			.cookie("SESSION", sessionId)
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class);
		ResponseCookie renewedSession = callback.getResponseCookies().getFirst("SESSION");
		String signedInSession = (renewedSession != null) ? renewedSession.getValue() : sessionId;
		String landedOn = callback.getResponseHeaders().getLocation().toString();
		assertThat(signedInSession).as("the session id changes at sign-in (landed on %s)", landedOn)
			.isNotEqualTo(sessionId);

		ResponseCookie csrf = this.client.get()
			.uri("/bff/user")
			.cookie("SESSION", signedInSession)
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		return new Session(this.client, signedInSession, csrf.getValue(), accessToken, idToken, landedOn);
	}

	/** The decoded query parameters of an address. */
	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.forEach((name, values) -> parameters.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
		return parameters;
	}

	private static String tokenResponse(String accessToken, String refreshToken, String idToken, int seconds) {
		StringBuilder json = new StringBuilder("{\"access_token\":\"" + accessToken
				+ "\",\"token_type\":\"Bearer\",\"scope\":\"openid profile email\",\"expires_in\":" + seconds);
		if (refreshToken != null) {
			json.append(",\"refresh_token\":\"").append(refreshToken).append("\",\"refresh_expires_in\":1800");
		}
		if (idToken != null) {
			json.append(",\"id_token\":\"").append(idToken).append('"');
		}
		return json.append('}').toString();
	}

	/** A signed-in browser: its cookies, and what Keycloak gave the gateway for it. */
	record Session(WebTestClient client, String sessionId, String csrfToken, String accessToken, String idToken,
			String landedOn) {

		/** The same browser talking to another gateway. */
		Session through(WebTestClient otherGateway) {
			return new Session(otherGateway, this.sessionId, this.csrfToken, this.accessToken, this.idToken,
					this.landedOn);
		}

		WebTestClient.RequestHeadersSpec<?> get(String path) {
			return this.client.get().uri(path).cookie("SESSION", this.sessionId).cookie("XSRF-TOKEN", this.csrfToken);
		}

		WebTestClient.RequestBodySpec post(String path, boolean withCsrfHeader) {
			WebTestClient.RequestBodySpec request = this.client.post()
				.uri(path)
				.cookie("SESSION", this.sessionId)
				.cookie("XSRF-TOKEN", this.csrfToken);
			return withCsrfHeader ? request.header("X-XSRF-TOKEN", this.csrfToken) : request;
		}

	}

}
