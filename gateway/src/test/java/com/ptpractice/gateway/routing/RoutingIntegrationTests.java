package com.ptpractice.gateway.routing;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class RoutingIntegrationTests {

	static final WireMockServer backend = new WireMockServer(options().dynamicPort());

	static final TestIssuer issuer = TestIssuer.start();

	static final String frontDeskToken = issuer.token("front-desk-1", Roles.FRONT_DESK);

	@Autowired
	WebTestClient client;

	@LocalManagementPort
	int managementPort;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	List<HttpHeadersFilter> headersFilters;

	@DynamicPropertySource
	static void downstreamServices(DynamicPropertyRegistry registry) {
		backend.start();
		issuer.register(registry);
		registry.add("ptpractice.services.scheduling.base-url", backend::baseUrl);
		// two instances of the patient service, the first one stopped
		registry.add("ptpractice.services.patients.base-url",
				() -> "http://127.0.0.1:" + unusedPort() + "," + backend.baseUrl());
		registry.add("ptpractice.services.credentialing.base-url", () -> "http://127.0.0.1:" + unusedPort());
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
		registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> "3s");
	}

	@AfterAll
	static void stopBackendAndIssuer() {
		backend.stop();
		issuer.close();
	}

	@BeforeEach
	void resetBackend() {
		backend.resetAll();
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	@Test
	void aBurstOfClientErrorsPassesThroughAndNeverOpensTheBreaker() {
		backend.stubFor(get("/clinics/unknown").willReturn(aResponse().withStatus(404)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody("{\"title\":\"Clinic not found\",\"status\":404}")));
		backend.stubFor(get("/appointments/mine").willReturn(aResponse().withStatus(400)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.withBody("{\"title\":\"Bad request\",\"status\":400}")));
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));

		// twice the breaker's window (20 calls), all refusals of the request itself
		for (int i = 0; i < 40; i++) {
			String path = (i % 2 == 0) ? "/api/scheduling/clinics/unknown" : "/api/scheduling/appointments/mine";
			this.client.get()
				.uri(path)
				.headers(bearer(frontDeskToken))
				.exchange()
				.expectStatus()
				.isEqualTo((i % 2 == 0) ? 404 : 400)
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo((i % 2 == 0) ? "Clinic not found" : "Bad request");
		}

		this.client.get()
			.uri("/api/scheduling/appointment-types")
			.headers(bearer(frontDeskToken))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.breakers.circuitBreaker("scheduling").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		backend.verify(20, getRequestedFor(urlEqualTo("/clinics/unknown")));
		backend.verify(20, getRequestedFor(urlEqualTo("/appointments/mine")));
	}

	@Test
	void aServiceThatCannotAnswerIs503AndOpensItsBreaker() {
		// the credentialing service's only instance is not running
		for (int i = 0; i < 12; i++) {
			this.client.get()
				.uri("/api/credentialing/therapists")
				.headers(bearer(frontDeskToken))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.service")
				.isEqualTo("credentialing");
		}
		assertThat(this.breakers.circuitBreaker("credentialing").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		// other services' breakers are their own
		assertThat(this.breakers.circuitBreaker("scheduling").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void aSlowServiceCountsAgainstItsBreaker() {
		backend.stubFor(get("/clinics").willReturn(okJson("[]").withFixedDelay(5_000)));

		this.client.mutate()
			.responseTimeout(Duration.ofSeconds(10))
			.build()
			.get()
			.uri("/api/scheduling/clinics")
			.headers(bearer(frontDeskToken))
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		assertThat(this.breakers.circuitBreaker("scheduling").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void routesSchedulingRequestsWithoutTheApiPrefix() {
		backend.stubFor(get("/appointment-types").willReturn(okJson("[{\"code\":\"INITIAL_EVALUATION\"}]")));

		this.client.get()
			.uri("/api/scheduling/appointment-types")
			.headers(bearer(frontDeskToken))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].code")
			.isEqualTo("INITIAL_EVALUATION");
		backend.verify(getRequestedFor(urlEqualTo("/appointment-types")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + frontDeskToken)));
	}

	@Test
	void forwardsNeitherHopByHopHeadersNorForwardingHeadersTheClientMadeUp() {
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));

		this.client.get()
			.uri("/api/scheduling/appointment-types")
			.headers(bearer(frontDeskToken))
			.header("Proxy-Authorization", "Basic c29tZW9uZTpzZWNyZXQ=")
			.header("Keep-Alive", "timeout=5")
			.header("X-Forwarded-For", "203.0.113.9")
			.header("Forwarded", "for=203.0.113.9")
			.exchange()
			.expectStatus()
			.isOk();
		backend.verify(getRequestedFor(urlEqualTo("/appointment-types")).withoutHeader("Proxy-Authorization")
			.withoutHeader("Keep-Alive")
			.withoutHeader("X-Forwarded-For")
			.withoutHeader("Forwarded"));
	}

	@Test
	void copiesNoHeadersForGrpcItNeverRoutes() {
		// Spring Cloud Gateway adds two gRPC header filters unless HTTP/2 is switched off
		// by name; the request's copied every header of every routed request
		assertThat(this.headersFilters).extracting((filter) -> filter.getClass().getSimpleName())
			.contains("RemoveHopByHopHeadersFilter", "RemoveForwardedHeadersFilter", "RemoveXForwardedHeadersFilter")
			.noneMatch((name) -> name.startsWith("GRPC"));
	}

	@Test
	void propagatesTheCallersTraceToTheService() {
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		this.client.get()
			.uri("/api/scheduling/appointment-types")
			.headers(bearer(frontDeskToken))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();
		backend.verify(getRequestedFor(urlEqualTo("/appointment-types")).withHeader("traceparent",
				matching("00-" + traceId + "-[0-9a-f]{16}-01")));
	}

	@Test
	void theAccessLogLineCarriesTheRequestsTraceId(CapturedOutput output) throws InterruptedException {
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));
		String traceId = "5cf92f3577b34da6a3ce929d0e0e4737";

		this.client.get()
			.uri("/api/scheduling/appointment-types")
			.headers(bearer(frontDeskToken))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();
		// the line is written once the exchange is complete, which can be just after the
		// client has its answer
		for (int wait = 0; wait < 50 && !accessLine(output, traceId); wait++) {
			Thread.sleep(100);
		}
		assertThat(accessLine(output, traceId)).as("an access log line with trace " + traceId).isTrue();
	}

	private static boolean accessLine(CapturedOutput output, String traceId) {
		return output.getOut()
			.lines()
			.anyMatch((line) -> line.contains("com.ptpractice.gateway.access") && line.contains(traceId)
					&& line.contains("GET /api/scheduling/appointment-types 200"));
	}

	@Test
	void startsATraceWhenTheCallerHasNone() {
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));

		this.client.get().uri("/api/scheduling/appointment-types").headers(bearer(frontDeskToken)).exchange();
		backend.verify(getRequestedFor(urlEqualTo("/appointment-types")).withHeader("traceparent",
				matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
	}

	@Test
	void routesPatientRequestsUnderPatients() {
		backend.stubFor(get("/patients/me").willReturn(okJson("{\"mrn\":\"M-1\"}")));

		String patientToken = issuer.token("patient-1", Roles.PATIENT);
		this.client.get().uri("/api/patients/me").headers(bearer(patientToken)).exchange().expectStatus().isOk();
		backend.verify(getRequestedFor(urlEqualTo("/patients/me")));
	}

	@Test
	void routesThePublicClinicFinderToScheduling() {
		backend.stubFor(get(urlEqualTo("/public/clinics?state=UT")).willReturn(okJson("[]")));

		// no token: the clinic finder is public
		this.client.get().uri("/api/public/clinics?state=UT").exchange().expectStatus().isOk();
		backend.verify(getRequestedFor(urlEqualTo("/public/clinics?state=UT")));
	}

	@Test
	void passesDownstreamProblemsThroughUnchanged() {
		backend.stubFor(get("/clinics/42").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"status\":404,\"title\":\"Clinic not found\"}")));

		this.client.get()
			.uri("/api/scheduling/clinics/42")
			.headers(bearer(frontDeskToken))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Clinic not found");
	}

	@Test
	void serviceDownIsA503ProblemNamingTheService() {
		this.client.get()
			.uri("/api/credentialing/therapists")
			.headers(bearer(frontDeskToken))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/service-unavailable")
			.jsonPath("$.service")
			.isEqualTo("credentialing")
			.jsonPath("$.detail")
			.value((String detail) -> org.assertj.core.api.Assertions.assertThat(detail)
				.contains("credentialing service"));
	}

	@Test
	void slowServiceIsA503WellBeforeItWouldHaveAnswered() {
		backend.stubFor(get("/clinics").willReturn(okJson("[]").withFixedDelay(15_000)));

		// the backend would answer after 15 s; the gateway must have answered long before
		// that
		this.client.mutate()
			.responseTimeout(Duration.ofSeconds(10))
			.build()
			.get()
			.uri("/api/scheduling/clinics")
			.headers(bearer(frontDeskToken))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("scheduling");
	}

	@Test
	void unknownPathIsAProblemNotAPage() {
		this.client.get()
			.uri("/no/such/route")
			.headers(bearer(frontDeskToken))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/not-found");
	}

	@Test
	void aStoppedInstanceIsSkippedAndTheRequestGoesToTheOther() {
		backend.stubFor(get("/patients/me").willReturn(okJson("{\"mrn\":\"M-1\"}")));
		String patientToken = issuer.token("patient-1", Roles.PATIENT);

		for (int i = 0; i < 4; i++) {
			this.client.get().uri("/api/patients/me").headers(bearer(patientToken)).exchange().expectStatus().isOk();
		}
		backend.verify(4, getRequestedFor(urlEqualTo("/patients/me")));
	}

	@Test
	void anAnswerFromAServiceIsNeverSentAgain() {
		backend.stubFor(post("/patients").willReturn(aResponse().withStatus(503)));

		this.client.post()
			.uri("/api/patients")
			.headers(bearer(frontDeskToken))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		backend.verify(1, postRequestedFor(urlEqualTo("/patients")));
	}

	@Test
	void reportsLivenessAndReadinessOnTheManagementPortOnly() {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build();
		management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		management.get().uri("/actuator/env").headers(bearer(frontDeskToken)).exchange().expectStatus().isNotFound();
		for (String path : new String[] { "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info" }) {
			this.client.get().uri(path).headers(bearer(frontDeskToken)).exchange().expectStatus().isNotFound();
			this.client.get().uri(path).exchange().expectStatus().isNotFound();
		}
	}

	@Test
	void requestWithoutATokenIsA401ProblemAndIsNotForwarded() {
		expectUnauthorized(null);
	}

	@Test
	void expiredTokenIsA401() {
		expectUnauthorized(issuer.expiredToken("front-desk-1", Roles.FRONT_DESK));
	}

	@Test
	void tokenSignedByAnotherKeyIsA401() {
		expectUnauthorized(TestIssuer.foreign().token("front-desk-1", Roles.FRONT_DESK));
	}

	@Test
	void tokenFromAnotherIssuerIsA401() {
		expectUnauthorized(issuer.tokenFor("front-desk-1", "http://evil.example/realms/clinic", TestIssuer.AUDIENCE,
				Instant.now().plusSeconds(300), Roles.FRONT_DESK));
	}

	@Test
	void tokenForAnotherAudienceIsA401() {
		expectUnauthorized(issuer.tokenFor("front-desk-1", issuer.issuer(), "another-api",
				Instant.now().plusSeconds(300), Roles.FRONT_DESK));
	}

	@Test
	void patientsNeverReachTheCredentialingService() {
		this.client.get()
			.uri("/api/credentialing/therapists")
			.headers(bearer(issuer.token("patient-1", Roles.PATIENT)))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/forbidden");
	}

	private void expectUnauthorized(@Nullable String token) {
		backend.stubFor(get("/appointment-types").willReturn(okJson("[]")));

		this.client.get().uri("/api/scheduling/appointment-types").headers((headers) -> {
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
		backend.verify(0, getRequestedFor(urlEqualTo("/appointment-types")));
	}

	private static Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
