package com.ptpractice.gateway.guard;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.TestIssuer;
import com.ptpractice.needling.ReasonCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard in the running gateway, with the three services and Keycloak's token endpoint
 * stubbed (faults included) and real signed user tokens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class DryNeedlingGuardIntegrationTests {

	static final WireMockServer scheduling = new WireMockServer(options().dynamicPort());

	static final WireMockServer credentialing = new WireMockServer(options().dynamicPort());

	static final WireMockServer patients = new WireMockServer(options().dynamicPort());

	static final WireMockServer keycloak = new WireMockServer(options().dynamicPort());

	static final TestIssuer issuer = TestIssuer.start();

	static final UUID CLINIC = UUID.randomUUID();

	static final UUID APPOINTMENT = UUID.randomUUID();

	static final String ELIGIBLE = """
			{"eligible": true, "reasons": [], "ruleVersion": "UT-2026-01-01", "evaluatedAt": "2027-03-02T16:00:00Z"}""";

	static final String EVALUATED = """
			{"patientId": "%s", "before": "2027-03-02T16:00:00Z", "evaluated": true}""".formatted(UUID.randomUUID());

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@Autowired
	BulkheadRegistry bulkheads;

	@LocalManagementPort
	int managementPort;

	final String patientId = UUID.randomUUID().toString();

	final String therapistId = UUID.randomUUID().toString();

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		for (WireMockServer server : new WireMockServer[] { scheduling, credentialing, patients, keycloak }) {
			server.start();
		}
		issuer.register(registry);
		registry.add("ptpractice.services.scheduling.base-url", scheduling::baseUrl);
		registry.add("ptpractice.services.credentialing.base-url", credentialing::baseUrl);
		registry.add("ptpractice.services.patients.base-url", patients::baseUrl);
		registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
				() -> keycloak.baseUrl() + "/realms/clinic/protocol/openid-connect/token");
		registry.add("resilience4j.timelimiter.configs.guard.timeout-duration", () -> "2s");
	}

	@AfterAll
	static void stopStubs() {
		for (WireMockServer server : new WireMockServer[] { scheduling, credentialing, patients, keycloak }) {
			server.stop();
		}
		issuer.close();
	}

	@BeforeEach
	void happyServices() {
		// the first request of a cold JVM on a loaded build machine can outlast the
		// client's default 5 s (a slow answer here is never what a test checks)
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		keycloak.stubFor(post(urlPathEqualTo("/realms/clinic/protocol/openid-connect/token")).willReturn(okJson("""
				{"access_token": "gateway-service-token", "token_type": "Bearer", "expires_in": 300}""")));
		scheduling.stubFor(get("/appointment-types").willReturn(okJson("""
				[{"code": "DRY_NEEDLING", "durationMinutes": 30, "involvesDryNeedling": true},
				 {"code": "FOLLOW_UP", "durationMinutes": 45, "involvesDryNeedling": false}]""")));
		scheduling.stubFor(get("/clinics/" + CLINIC).willReturn(okJson("""
				{"id": "%s", "name": "Salt Lake", "state": "UT", "zoneId": "America/Denver"}""".formatted(CLINIC))));
		scheduling.stubFor(post("/appointments").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"" + UUID.randomUUID() + "\"}")));
		scheduling.stubFor(post(urlPathMatching("/appointments/.*/reschedule")).willReturn(okJson("{}")));
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(okJson(ELIGIBLE)));
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness")).willReturn(okJson(ELIGIBLE)));
		scheduling.stubFor(get(urlPathMatching("/patients/.*/prior-evaluation")).willReturn(okJson(EVALUATED)));
		warmUpOnce();
	}

	private static boolean warm;

	/**
	 * One needling booking through every client before the first test, so that the first
	 * test's answer does not depend on which test a cold JVM runs first (its first calls
	 * can outlast the guard's time limit on a loaded machine); then the stubs' journals
	 * and the circuits start clean.
	 */
	private void warmUpOnce() {
		if (warm) {
			return;
		}
		warm = true;
		for (int attempt = 0; attempt < 3; attempt++) {
			book(booking("DRY_NEEDLING")).expectBody().returnResult();
		}
		for (WireMockServer server : new WireMockServer[] { scheduling, credentialing, patients, keycloak }) {
			server.resetRequests();
		}
		this.circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
	}

	@AfterEach
	void resetStubsAndCircuits() {
		for (WireMockServer server : new WireMockServer[] { scheduling, credentialing, patients, keycloak }) {
			server.resetAll();
		}
		this.circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach((breaker) -> breaker.reset());
	}

	@Test
	void nonNeedlingBookingIsForwardedUntouchedWithoutAskingAnyone() {
		String body = booking("FOLLOW_UP").replace(",", " ,\n");

		book(body).expectStatus().isCreated();

		scheduling
			.verify(postRequestedFor(urlEqualTo("/appointments")).withRequestBody(binaryEqualTo(body.getBytes())));
		credentialing.verify(0, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
		patients.verify(0, getRequestedFor(urlPathMatching("/patients/.*")));
	}

	@Test
	void thePrometheusScrapeKeepsTheMetersOfTheRoutesAndOfTheGuardsCalls() {
		book(booking("DRY_NEEDLING")).expectStatus().isCreated();

		String scrape = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// the routed booking, as Spring Cloud Gateway observes it, and the guard's own
		// questions (its WebClient): under one name Prometheus kept only one of the two
		assertThat(scrape).contains("http_client_requests_seconds_count{")
			.contains("gateway_guard_requests_seconds_count{")
			.contains("gateway_guard_requests_active_seconds");
	}

	@Test
	void allowedNeedlingBookingIsForwardedByteForByteAfterEveryPartIsAskedAsTheCaller() {
		String body = booking("DRY_NEEDLING");
		String caller = frontDesk();

		book(body, caller).expectStatus().isCreated();

		scheduling
			.verify(postRequestedFor(urlEqualTo("/appointments")).withRequestBody(binaryEqualTo(body.getBytes())));
		credentialing.verify(getRequestedFor(urlPathEqualTo("/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(this.therapistId))
			.withQueryParam("state", equalTo("UT"))
			.withQueryParam("at", equalTo("2027-03-02T16:00:00Z"))
			.withQueryParam("zone", equalTo("America/Denver"))
			.withHeader("Authorization", equalTo("Bearer " + caller)));
		patients.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/dry-needling-readiness"))
			.withQueryParam("at", equalTo("2027-03-02T16:00:00Z"))
			.withHeader("Authorization", equalTo("Bearer " + caller)));
		scheduling.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/prior-evaluation"))
			.withQueryParam("before", equalTo("2027-03-02T16:00:00Z"))
			.withHeader("Authorization", equalTo("Bearer " + caller)));
	}

	@Test
	void refusalListsEveryReasonOfBothDecisionsAndForwardsNothing() {
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling"))
			.willReturn(okJson(refusal("LICENSE_EXPIRES_BEFORE_APPOINTMENT", "NO_VERIFIED_CERTIFICATION"))));
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness"))
			.willReturn(okJson(refusal("CONSENT_MISSING"))));

		book(booking("DRY_NEEDLING")).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/dry-needling-not-allowed")
			.jsonPath("$.reasons[*].code")
			.isEqualTo(List.of("LICENSE_EXPIRES_BEFORE_APPOINTMENT", "NO_VERIFIED_CERTIFICATION", "CONSENT_MISSING"));
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "STATE_PROHIBITS_DRY_NEEDLING", "STATE_RULE_NOT_IN_FORCE", "STATE_UNSETTLED_POLICY_DENIES",
			"NO_LICENSE_IN_STATE", "LICENSE_EXPIRES_BEFORE_APPOINTMENT", "TOO_FEW_YEARS_LICENSED",
			"NO_VERIFIED_CERTIFICATION", "CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT", "TOO_FEW_TRAINING_HOURS",
			"TOO_FEW_SUPERVISED_SESSIONS", "ENDORSEMENT_REQUIRED" })
	void eachTherapistReasonRefusesWithThatReason(String code) {
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(okJson(refusal(code))));

		book(booking("DRY_NEEDLING")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[0].code")
			.isEqualTo(code);
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "CONSENT_MISSING", "CONSENT_REVOKED", "SCREENING_MISSING", "SCREENING_OUTDATED",
			"CONTRAINDICATION_NOT_CLEARED" })
	void eachPatientReasonRefusesWithThatReason(String code) {
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness")).willReturn(okJson(refusal(code))));

		book(booking("DRY_NEEDLING")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[0].code")
			.isEqualTo(code);
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@Test
	void credentialingAnswering500IsA503AndNothingIsForwarded() {
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(aResponse().withStatus(500)));

		expectFailClosed("credentialing");
	}

	@Test
	void credentialingTooSlowIsA503AndNothingIsForwarded() {
		credentialing.stubFor(
				get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(okJson(ELIGIBLE).withFixedDelay(6000)));

		expectFailClosed("credentialing");
	}

	@Test
	void credentialingResettingTheConnectionIsA503AndNothingIsForwarded() {
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		expectFailClosed("credentialing");
	}

	@Test
	void openCircuitIsA503WithoutCallingCredentialing() {
		this.circuitBreakers.getCircuitBreakerRegistry()
			.circuitBreaker(DecisionSources.ELIGIBILITY)
			.transitionToForcedOpenState();

		expectFailClosed("credentialing");
		credentialing.verify(0, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
	}

	@Test
	void fullBulkheadIsA503WithoutCallingCredentialing() {
		Bulkhead bulkhead = this.bulkheads.bulkhead(DecisionSources.ELIGIBILITY);
		int taken = 0;
		try {
			while (bulkhead.tryAcquirePermission()) {
				taken++;
			}
			assertThat(taken).isEqualTo(bulkhead.getBulkheadConfig().getMaxConcurrentCalls());

			expectFailClosed("credentialing");
			credentialing.verify(0, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
		}
		finally {
			for (int i = 0; i < taken; i++) {
				bulkhead.onComplete();
			}
		}
	}

	@Test
	void patientServiceFailingIsA503AndNothingIsForwarded() {
		patients.stubFor(
				get(urlPathMatching("/patients/.*/dry-needling-readiness")).willReturn(aResponse().withStatus(503)));

		expectFailClosed("patients");
	}

	@Test
	void clinicLookupFailingIsA503AndNothingIsForwarded() {
		UUID otherClinic = UUID.randomUUID();
		scheduling.stubFor(get("/clinics/" + otherClinic).willReturn(aResponse().withStatus(500)));

		book(booking("DRY_NEEDLING").replace(CLINIC.toString(), otherClinic.toString())).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("scheduling");
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@Test
	void aServicesRefusalOfTheRequestIsPassedOnAndNeverOpensItsCircuit() {
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type": "https://ptpractice.example/problems/invalid-request", "title": "Invalid request",
					 "status": 400, "detail": "Some fields are missing or invalid; see errors.",
					 "errors": [{"field": "zone", "message": "is not a time zone"}]}""")));

		for (int i = 0; i < 25; i++) {
			book(booking("DRY_NEEDLING")).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("zone");
		}
		assertThat(this.circuitBreakers.getCircuitBreakerRegistry()
			.circuitBreaker(DecisionSources.ELIGIBILITY)
			.getMetrics()
			.getNumberOfFailedCalls()).isZero();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(okJson(ELIGIBLE)));
		book(booking("DRY_NEEDLING")).expectStatus().isCreated();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2027-03-02T09:00:00+19:00",
			"2020-01-01T09:00:00-07:00", "2099-01-05T09:00:00-07:00", "2027-03-02T09:00:00", "tomorrow" })
	void aStartOutsideTheBookingWindowIsA400WithoutAskingAnyone(String startsAt) {
		for (String type : new String[] { "DRY_NEEDLING", "FOLLOW_UP" }) {
			book(booking(type).replace("2027-03-02T09:00:00-07:00", startsAt)).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("startsAt");
		}
		reschedule(APPOINTMENT, "{\"startsAt\": \"" + startsAt + "\"}", frontDesk()).expectStatus().isBadRequest();
		expectNobodyAsked();
	}

	@Test
	void fifteenAbsurdBookingsLeaveTheNextValidOneAlone() {
		for (int i = 0; i < 15; i++) {
			book(booking("DRY_NEEDLING").replace("2027-03-02T09:00:00-07:00", "-999999999-01-01T00:00:00Z"),
					issuer.token("patient-1", Roles.PATIENT))
				.expectStatus()
				.isForbidden();
			book(booking("DRY_NEEDLING").replace("2027-03-02T09:00:00-07:00", "-999999999-01-01T00:00:00Z"))
				.expectStatus()
				.isBadRequest();
		}

		book(booking("DRY_NEEDLING")).expectStatus().isCreated();
	}

	@ParameterizedTest
	@ValueSource(strings = { Roles.PATIENT, Roles.THERAPIST, Roles.CREDENTIALING_ADMIN })
	void rolesThatMayNotBookAreRefusedBeforeTheGuardAsksAboutAnyone(String role) {
		String token = issuer.token(role.toLowerCase() + "-1", role);
		credentialing.stubFor(
				get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(okJson(refusal("NO_LICENSE_IN_STATE"))));

		book(booking("DRY_NEEDLING"), token).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.reasons")
			.doesNotExist();
		reschedule(APPOINTMENT, "{\"startsAt\": \"2027-03-09T09:00:00-07:00\"}", token).expectStatus().isForbidden();
		expectNobodyAsked();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{}", "{\"eligible\": true}", "{\"eligible\": false, \"reasons\": []}", "[]",
			"not json", "{\"eligible\": true, \"reasons\": [], \"evaluatedAt\": \"2027-03-09T16:00:00Z\"}" })
	void anEmptyOrMalformedDecisionIsA503(String answer) {
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(answer)));

		expectFailClosed("patients");
	}

	@Test
	void theRefusalListsEveryReasonTheServicesEmitAndTheMissingEvaluationInTheContractsOrder() {
		List<String> therapistCodes = Arrays.stream(ReasonCode.values())
			.filter((code) -> code.party() != ReasonCode.Party.PATIENT)
			.map(ReasonCode::name)
			.toList();
		List<String> patientCodes = Arrays.stream(ReasonCode.values())
			.filter((code) -> code.party() == ReasonCode.Party.PATIENT && code != ReasonCode.NO_PRIOR_EVALUATION)
			.map(ReasonCode::name)
			.toList();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling"))
			.willReturn(okJson(refusal(therapistCodes.toArray(String[]::new)))));
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness"))
			.willReturn(okJson(refusal(patientCodes.toArray(String[]::new)))));
		scheduling.stubFor(get(urlPathMatching("/patients/.*/prior-evaluation"))
			.willReturn(okJson(EVALUATED.replace("true", "false"))));

		book(booking("DRY_NEEDLING")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/dry-needling-not-allowed")
			.jsonPath("$.reasons[*].code")
			.isEqualTo(Arrays.stream(ReasonCode.values()).map(ReasonCode::name).toList());
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@Test
	void unknownClinicIsA400NamingTheField() {
		scheduling.stubFor(get(urlPathMatching("/clinics/.*")).willReturn(aResponse().withStatus(404)));

		book(booking("DRY_NEEDLING").replace(CLINIC.toString(), UUID.randomUUID().toString())).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("clinicId");
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@Test
	void aBodyNamingTheTypeTwiceIsRefused() {
		String sneaky = booking("FOLLOW_UP").replace("{", "{\"type\": \"DRY_NEEDLING\", ");

		book(sneaky).expectStatus().isBadRequest();
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	@Test
	void needlingBookingWithoutAnOffsetIsA400NamingStartsAt() {
		book(booking("DRY_NEEDLING").replace("2027-03-02T09:00:00-07:00", "2027-03-02T09:00:00")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("startsAt");
	}

	@Test
	void reschedulingANeedlingVisitIsCheckedWithTheBookedPatientAndClinic() {
		scheduling.stubFor(get("/appointments/" + APPOINTMENT).willReturn(okJson("""
				{"id": "%s", "patientId": "%s", "therapistId": "%s", "clinicId": "%s", "type": "DRY_NEEDLING"}"""
			.formatted(APPOINTMENT, this.patientId, this.therapistId, CLINIC))));
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness"))
			.willReturn(okJson(refusalAt("2027-03-09T16:00:00Z", "CONSENT_REVOKED"))));
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling"))
			.willReturn(okJson(ELIGIBLE.replace("2027-03-02T16", "2027-03-09T16"))));

		this.client.post()
			.uri("/api/scheduling/appointments/" + APPOINTMENT + "/reschedule")
			.headers((headers) -> headers.setBearerAuth(frontDesk()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"startsAt\": \"2027-03-09T09:00:00-07:00\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[0].code")
			.isEqualTo("CONSENT_REVOKED");
		patients.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/dry-needling-readiness"))
			.withQueryParam("at", equalTo("2027-03-09T16:00:00Z")));
		scheduling.verify(0, postRequestedFor(urlPathMatching("/appointments/.*/reschedule")));
	}

	@Test
	void reschedulingAnUnknownAppointmentIsLeftToTheSchedulingServicesAnswer() {
		UUID unknown = UUID.randomUUID();
		scheduling.stubFor(get("/appointments/" + unknown).willReturn(aResponse().withStatus(404)));
		scheduling.stubFor(post("/appointments/" + unknown + "/reschedule").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"status\": 404, \"title\": \"Not found\"}")));

		this.client.post()
			.uri("/api/scheduling/appointments/" + unknown + "/reschedule")
			.headers((headers) -> headers.setBearerAuth(frontDesk()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"startsAt\": \"2027-03-09T09:00:00-07:00\"}")
			.exchange()
			.expectStatus()
			.isNotFound();
		credentialing.verify(0, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
	}

	@Test
	void reschedulingWhenTheBookingCannotBeLookedUpIsA503() {
		UUID appointment = UUID.randomUUID();
		scheduling.stubFor(get("/appointments/" + appointment).willReturn(aResponse().withStatus(500)));

		this.client.post()
			.uri("/api/scheduling/appointments/" + appointment + "/reschedule")
			.headers((headers) -> headers.setBearerAuth(frontDesk()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"startsAt\": \"2027-03-09T09:00:00-07:00\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		scheduling.verify(0, postRequestedFor(urlPathMatching("/appointments/.*/reschedule")));
	}

	@Test
	void confirmingANeedlingWaitlistOfferIsDecidedForTheOffersPatientAndSlot() {
		UUID offer = UUID.randomUUID();
		stubOffer(offer, "DRY_NEEDLING");
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness"))
			.willReturn(okJson(refusal("CONSENT_MISSING"))));

		confirm(offer, frontDesk()).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[0].code")
			.isEqualTo("CONSENT_MISSING");
		patients.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/dry-needling-readiness"))
			.withQueryParam("at", equalTo("2027-03-02T16:00:00Z")));
		scheduling.verify(0, postRequestedFor(urlPathMatching("/waitlist/offers/.*/confirm")));
	}

	@Test
	void anAllowedNeedlingOfferAndAnyOtherOfferAreForwarded() {
		UUID needling = UUID.randomUUID();
		stubOffer(needling, "DRY_NEEDLING");
		UUID followUp = UUID.randomUUID();
		stubOffer(followUp, "FOLLOW_UP");

		confirm(needling, frontDesk()).expectStatus().isOk();
		confirm(followUp, frontDesk()).expectStatus().isOk();

		scheduling.verify(2, postRequestedFor(urlPathMatching("/waitlist/offers/.*/confirm")));
		credentialing.verify(1, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
	}

	@Test
	void confirmingWhenTheOfferCannotBeLookedUpOrDecidedIsA503() {
		UUID unreadable = UUID.randomUUID();
		scheduling.stubFor(get("/waitlist/offers/" + unreadable).willReturn(aResponse().withStatus(500)));
		UUID needling = UUID.randomUUID();
		stubOffer(needling, "DRY_NEEDLING");
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).willReturn(aResponse().withStatus(500)));

		confirm(unreadable, frontDesk()).expectStatus().isEqualTo(503);
		confirm(needling, frontDesk()).expectStatus().isEqualTo(503);

		scheduling.verify(0, postRequestedFor(urlPathMatching("/waitlist/offers/.*/confirm")));
	}

	@Test
	void aNeedlingSeriesIsDecidedAtEachOccurrencesOwnInstantBeforeItIsForwarded() {
		decidedAtTheInstantAsked();
		String body = series("DRY_NEEDLING", "BOOK_WHAT_CAN_BE_BOOKED");

		bookSeries(body).expectStatus().isCreated();

		// 09:00 in Denver: MST on 2 and 9 March 2027, MDT from 14 March
		for (String at : new String[] { "2027-03-02T16:00:00Z", "2027-03-09T16:00:00Z", "2027-03-16T15:00:00Z" }) {
			credentialing.verify(getRequestedFor(urlPathEqualTo("/eligibility/dry-needling"))
				.withQueryParam("therapistId", equalTo(this.therapistId))
				.withQueryParam("at", equalTo(at)));
			patients.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/dry-needling-readiness"))
				.withQueryParam("at", equalTo(at)));
		}
		scheduling.verify(postRequestedFor(urlEqualTo("/series")).withRequestBody(binaryEqualTo(body.getBytes())));
	}

	@Test
	void anAllOrNothingNeedlingSeriesWithOneRefusedVisitIsA422AndNothingIsForwarded() {
		decidedAtTheInstantAsked();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-16T15:00:00Z"))
			.willReturn(okJson(refusalAt("2027-03-16T15:00:00Z", "CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT"))));

		bookSeries(series("DRY_NEEDLING", "ALL_OR_NOTHING")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[0].code")
			.isEqualTo("CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT");
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));

		// book what can be booked: the scheduling service answers the refused visit
		// itself
		bookSeries(series("DRY_NEEDLING", "BOOK_WHAT_CAN_BE_BOOKED")).expectStatus().isCreated();
		scheduling.verify(1, postRequestedFor(urlEqualTo("/series")));
	}

	@Test
	void aNeedlingSeriesIsA503WhenAnOccurrenceCannotBeDecidedAndNothingIsForwarded() {
		decidedAtTheInstantAsked();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-09T16:00:00Z"))
			.willReturn(aResponse().withStatus(500)));

		bookSeries(series("DRY_NEEDLING", "BOOK_WHAT_CAN_BE_BOOKED")).expectStatus().isEqualTo(503);
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));
	}

	@Test
	void aSeriesOfAnotherTypeIsForwardedWithoutAskingAndBadSeriesInputIsA400() {
		decidedAtTheInstantAsked();
		bookSeries(series("FOLLOW_UP", "ALL_OR_NOTHING")).expectStatus().isCreated();
		credentialing.verify(0, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));

		bookSeries(series("DRY_NEEDLING", "ALL_OR_NOTHING").replace("\"TUESDAY\"", "\"TUESDAYS\"")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("weekdays");
		bookSeries(series("DRY_NEEDLING", "ALL_OR_NOTHING").replace("\"count\": 3", "\"count\": 53")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("count");
		scheduling.verify(1, postRequestedFor(urlEqualTo("/series")));
	}

	@ParameterizedTest
	@ValueSource(strings = { Roles.THERAPIST, Roles.PATIENT, Roles.CREDENTIALING_ADMIN })
	void onlyTheFrontDeskReachesTheWaitlist(String role) {
		UUID offer = UUID.randomUUID();
		stubOffer(offer, "DRY_NEEDLING");
		String token = issuer.token(role.toLowerCase() + "-1", role);

		confirm(offer, token).expectStatus().isForbidden();
		this.client.get()
			.uri("/api/scheduling/waitlist/offers")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isForbidden();

		expectNobodyAsked();
		scheduling.verify(0, getRequestedFor(urlPathMatching("/waitlist.*")));
	}

	private void stubOffer(UUID offer, String type) {
		scheduling.stubFor(get("/waitlist/offers/" + offer).willReturn(okJson("""
				{"id": "%s", "patientId": "%s", "therapistId": "%s", "clinicId": "%s", "type": "%s",
				 "startsAt": "2027-03-02T09:00:00-07:00", "status": "HELD"}""".formatted(offer, this.patientId,
				this.therapistId, CLINIC, type))));
		scheduling.stubFor(post("/waitlist/offers/" + offer + "/confirm").willReturn(okJson("{}")));
	}

	private WebTestClient.ResponseSpec confirm(UUID offer, String token) {
		return this.client.post()
			.uri("/api/scheduling/waitlist/offers/" + offer + "/confirm")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	@ParameterizedTest
	@ValueSource(strings = { Roles.THERAPIST, Roles.PATIENT, Roles.CREDENTIALING_ADMIN })
	void rolesThatMayNotBookAreRefusedASeriesBeforeTheGuardAsks(String role) {
		this.client.post()
			.uri("/api/scheduling/series")
			.headers((headers) -> headers.setBearerAuth(issuer.token("someone", role)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(series("DRY_NEEDLING", "ALL_OR_NOTHING"))
			.exchange()
			.expectStatus()
			.isForbidden();
		expectNobodyAsked();
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));
	}

	// a series with any eligible therapist: what holds whoever the therapist is

	@Test
	void anAnyEligibleNeedlingSeriesIsDecidedWhoeverTheTherapistAtEachInstantAsTheCaller() {
		decidedAtTheInstantAsked();
		String body = anyEligibleSeries("BOOK_WHAT_CAN_BE_BOOKED");
		String caller = frontDesk();

		bookSeries(body, caller).expectStatus().isCreated();

		for (String at : new String[] { "2027-03-02T16:00:00Z", "2027-03-09T16:00:00Z", "2027-03-16T15:00:00Z" }) {
			credentialing.verify(getRequestedFor(urlPathEqualTo("/eligibility/dry-needling/state-law"))
				.withQueryParam("state", equalTo("UT"))
				.withQueryParam("at", equalTo(at))
				.withQueryParam("zone", equalTo("America/Denver"))
				.withHeader("Authorization", equalTo("Bearer " + caller)));
			patients.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/dry-needling-readiness"))
				.withQueryParam("at", equalTo(at))
				.withHeader("Authorization", equalTo("Bearer " + caller)));
			scheduling.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/prior-evaluation"))
				.withQueryParam("before", equalTo(at)));
		}
		credentialing.verify(0, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
		scheduling.verify(postRequestedFor(urlEqualTo("/series")).withRequestBody(binaryEqualTo(body.getBytes())));
	}

	@Test
	void anAnyEligibleAllOrNothingSeriesThePatientIsNotReadyForIsA422WithThatReasonAndNothingIsForwarded() {
		decidedAtTheInstantAsked();
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-09T16:00:00Z"))
			.willReturn(okJson(refusalAt("2027-03-09T16:00:00Z", "CONSENT_MISSING"))));

		bookSeries(anyEligibleSeries("ALL_OR_NOTHING"), frontDesk()).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/dry-needling-not-allowed")
			.jsonPath("$.reasons[0].code")
			.isEqualTo("CONSENT_MISSING")
			.jsonPath("$.reasons.length()")
			.isEqualTo(1);
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));

		// book what can be booked: the scheduling service answers the refused visit
		bookSeries(anyEligibleSeries("BOOK_WHAT_CAN_BE_BOOKED"), frontDesk()).expectStatus().isCreated();
		scheduling.verify(1, postRequestedFor(urlEqualTo("/series")));
	}

	@Test
	void anAnyEligibleAllOrNothingSeriesIsRefusedByTheStatesLawAndTheMissingEvaluationAtOneVisit() {
		decidedAtTheInstantAsked();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling/state-law")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-16T15:00:00Z"))
			.willReturn(okJson(refusalAt("2027-03-16T15:00:00Z", "STATE_PROHIBITS_DRY_NEEDLING"))));
		scheduling.stubFor(get(urlPathMatching("/patients/.*/prior-evaluation")).atPriority(1)
			.withQueryParam("before", equalTo("2027-03-16T15:00:00Z"))
			.willReturn(okJson("""
					{"patientId": "%s", "before": "2027-03-16T15:00:00Z", "evaluated": false}"""
				.formatted(this.patientId))));

		bookSeries(anyEligibleSeries("ALL_OR_NOTHING"), frontDesk()).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[0].code")
			.isEqualTo("STATE_PROHIBITS_DRY_NEEDLING")
			.jsonPath("$.reasons[1].code")
			.isEqualTo("NO_PRIOR_EVALUATION");
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));
	}

	@Test
	void anAnyEligibleNeedlingSeriesIsA503WhenAPartCannotBeAskedAndNothingIsForwarded() {
		decidedAtTheInstantAsked();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling/state-law")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-09T16:00:00Z"))
			.willReturn(aResponse().withStatus(500)));

		bookSeries(anyEligibleSeries("BOOK_WHAT_CAN_BE_BOOKED"), frontDesk()).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("credentialing");

		credentialing.resetAll();
		decidedAtTheInstantAsked();
		scheduling.stubFor(get(urlPathMatching("/patients/.*/prior-evaluation")).atPriority(1)
			.withQueryParam("before", equalTo("2027-03-02T16:00:00Z"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		bookSeries(anyEligibleSeries("ALL_OR_NOTHING"), frontDesk()).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("scheduling");
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));
	}

	@Test
	void aStatesLawThatNamesATherapistReasonIsNotAnAnswerTheGuardCanUse() {
		decidedAtTheInstantAsked();
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling/state-law")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-02T16:00:00Z"))
			.willReturn(okJson(refusalAt("2027-03-02T16:00:00Z", "THERAPIST_UNKNOWN"))));

		bookSeries(anyEligibleSeries("BOOK_WHAT_CAN_BE_BOOKED"), frontDesk()).expectStatus().isEqualTo(503);
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series")));
	}

	// moving a series' visits

	@Test
	void aMoveDecidesEachLiveNeedlingVisitThatMovesAtItsNewInstantAndIsForwardedByteForByte() {
		decidedAtTheInstantAsked();
		UUID series = stubSeries("DRY_NEEDLING");
		String body = """
				{"fromDate": "2027-03-08", "weekday": "THURSDAY", "toWeekday": "FRIDAY", "startTime": "07:30"}""";
		String caller = frontDesk();

		move(series, body, caller).expectStatus().isOk();

		scheduling.verify(getRequestedFor(urlEqualTo("/series/" + series)).withHeader("Authorization",
				equalTo("Bearer " + caller)));
		// Thu 11 March 09:00 -> Fri 12 March 07:30 MST; Thu 25 March -> Fri 26 March
		// 07:30
		// MDT; the Thursday before the date, the Tuesday and the cancelled Thursday stay
		credentialing.verify(2, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
		for (String at : new String[] { "2027-03-12T14:30:00Z", "2027-03-26T13:30:00Z" }) {
			credentialing.verify(getRequestedFor(urlPathEqualTo("/eligibility/dry-needling"))
				.withQueryParam("therapistId", equalTo(this.therapistId))
				.withQueryParam("state", equalTo("UT"))
				.withQueryParam("at", equalTo(at))
				.withHeader("Authorization", equalTo("Bearer " + caller)));
			patients.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/dry-needling-readiness"))
				.withQueryParam("at", equalTo(at)));
			scheduling.verify(getRequestedFor(urlPathEqualTo("/patients/" + this.patientId + "/prior-evaluation"))
				.withQueryParam("before", equalTo(at)));
		}
		scheduling.verify(postRequestedFor(urlEqualTo("/series/" + series + "/move"))
			.withRequestBody(binaryEqualTo(body.getBytes())));
	}

	@Test
	void aMoveToAnotherTherapistIsDecidedForThatTherapist() {
		decidedAtTheInstantAsked();
		UUID series = stubSeries("DRY_NEEDLING");
		String other = UUID.randomUUID().toString();

		move(series, "{\"fromDate\": \"2027-03-20\", \"therapistId\": \"" + other + "\"}", frontDesk()).expectStatus()
			.isOk();

		// only Thu 25 March 09:00 MDT is live from 20 March on
		credentialing.verify(1, getRequestedFor(urlPathEqualTo("/eligibility/dry-needling")));
		credentialing.verify(getRequestedFor(urlPathEqualTo("/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(other))
			.withQueryParam("at", equalTo("2027-03-25T15:00:00Z")));
	}

	@Test
	void aMoveWithARefusedVisitIsForwardedForTheSchedulingServiceToAnswerVisitByVisit() {
		decidedAtTheInstantAsked();
		UUID series = stubSeries("DRY_NEEDLING");
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-26T13:30:00Z"))
			.willReturn(okJson(refusalAt("2027-03-26T13:30:00Z", "CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT"))));

		move(series, """
				{"fromDate": "2027-03-08", "weekday": "THURSDAY", "toWeekday": "FRIDAY", "startTime": "07:30"}""",
				frontDesk())
			.expectStatus()
			.isOk();
		scheduling.verify(1, postRequestedFor(urlEqualTo("/series/" + series + "/move")));
	}

	@Test
	void aMoveIsA503WhenAVisitCannotBeDecidedOrTheSeriesCannotBeReadAndNothingIsForwarded() {
		decidedAtTheInstantAsked();
		UUID series = stubSeries("DRY_NEEDLING");
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness")).atPriority(1)
			.withQueryParam("at", equalTo("2027-03-12T14:30:00Z"))
			.willReturn(aResponse().withStatus(500)));
		String body = """
				{"fromDate": "2027-03-08", "weekday": "THURSDAY", "toWeekday": "FRIDAY", "startTime": "07:30"}""";

		move(series, body, frontDesk()).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("patients");

		UUID unreadable = UUID.randomUUID();
		scheduling.stubFor(get("/series/" + unreadable).willReturn(aResponse().withStatus(500)));
		move(unreadable, body, frontDesk()).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("scheduling");
		UUID half = UUID.randomUUID();
		scheduling.stubFor(get("/series/" + half).willReturn(okJson("{\"id\": \"" + half + "\", \"visits\": []}")));
		move(half, body, frontDesk()).expectStatus().isEqualTo(503);
		scheduling.verify(0, postRequestedFor(urlPathMatching("/series/.*/move")));
	}

	@Test
	void movingAnUnknownSeriesIsLeftToTheSchedulingServicesAnswerAndAnotherTypeIsNotDecided() {
		decidedAtTheInstantAsked();
		UUID unknown = UUID.randomUUID();
		scheduling.stubFor(get("/series/" + unknown).willReturn(aResponse().withStatus(404)));
		UUID followUps = stubSeries("FOLLOW_UP");
		String body = "{\"fromDate\": \"2027-03-08\", \"startTime\": \"08:00\"}";

		move(unknown, body, frontDesk()).expectStatus().isNotFound();
		move(followUps, body, frontDesk()).expectStatus().isOk();

		credentialing.verify(0, getRequestedFor(urlPathMatching("/eligibility.*")));
		patients.verify(0, getRequestedFor(urlPathMatching("/patients/.*")));
		scheduling.verify(0, postRequestedFor(urlEqualTo("/series/" + unknown + "/move")));
		scheduling.verify(1, postRequestedFor(urlEqualTo("/series/" + followUps + "/move")));
	}

	@Test
	void aMoveWithBadInputIsA400NamingTheFieldWithoutAskingAnyone() {
		UUID series = UUID.randomUUID();

		move(series, "{\"fromDate\": \"2027-03-08\", \"toWeekday\": \"FRIDAY\"}", frontDesk()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("weekday");
		move(series, "{\"fromDate\": \"2027-03-08\", \"weekday\": \"THURSDAYS\", \"toWeekday\": \"FRIDAY\"}",
				frontDesk())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("weekday");
		move(series, "{\"startTime\": \"07:30\"}", frontDesk()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("fromDate");
		move(series, "{\"fromDate\": \"2027-03-08\"}", frontDesk()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("toWeekday");
		this.client.post()
			.uri("/api/scheduling/series/not-an-id/move")
			.headers((headers) -> headers.setBearerAuth(frontDesk()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"fromDate\": \"2027-03-08\", \"startTime\": \"08:00\"}")
			.exchange()
			.expectStatus()
			.isBadRequest();

		expectNobodyAsked();
		scheduling.verify(0, getRequestedFor(urlPathMatching("/series.*")));
		scheduling.verify(0, postRequestedFor(urlPathMatching("/series.*")));
	}

	@ParameterizedTest
	@ValueSource(strings = { Roles.THERAPIST, Roles.PATIENT, Roles.CREDENTIALING_ADMIN })
	void rolesThatMayNotMoveASeriesAreRefusedBeforeTheGuardAsks(String role) {
		move(UUID.randomUUID(), "{\"fromDate\": \"2027-03-08\", \"startTime\": \"08:00\"}",
				issuer.token("someone", role))
			.expectStatus()
			.isForbidden();
		expectNobodyAsked();
		scheduling.verify(0, getRequestedFor(urlPathMatching("/series.*")));
	}

	/**
	 * A series in Salt Lake: Tuesday 2 March (before the moves' date), Thursday 11 March,
	 * Tuesday 9 March, Thursday 18 March (cancelled), Thursday 25 March, all at 09:00.
	 */
	private UUID stubSeries(String type) {
		UUID series = UUID.randomUUID();
		StringBuilder visits = new StringBuilder();
		String[][] held = { { "2027-03-02T09:00:00", "BOOKED" }, { "2027-03-11T09:00:00", "BOOKED" },
				{ "2027-03-09T09:00:00", "BOOKED" }, { "2027-03-18T09:00:00", "CANCELLED" },
				{ "2027-03-25T09:00:00", "BOOKED" } };
		for (String[] visit : held) {
			visits.append(visits.isEmpty() ? "" : ",")
				.append("""
						{"id": "%s", "therapistId": "%s", "startsAt": "%s-07:00", "localStart": "%s", "status": "%s"}"""
					.formatted(UUID.randomUUID(), this.therapistId, visit[0], visit[0], visit[1]));
		}
		scheduling.stubFor(get("/series/" + series).willReturn(okJson("""
				{"id": "%s", "patientId": "%s", "clinicId": "%s", "type": "%s", "weekdays": ["TUESDAY", "THURSDAY"],
				 "startTime": "09:00", "firstDate": "2027-03-01", "count": 5, "mode": "BOOK_WHAT_CAN_BE_BOOKED",
				 "zoneId": "America/Denver", "visits": [%s], "refused": []}""".formatted(series, this.patientId, CLINIC,
				type, visits))));
		scheduling.stubFor(post("/series/" + series + "/move").willReturn(okJson("{\"id\": \"" + series + "\"}")));
		return series;
	}

	private WebTestClient.ResponseSpec move(UUID series, String body, String token) {
		return this.client.post()
			.uri("/api/scheduling/series/" + series + "/move")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private String anyEligibleSeries(String mode) {
		return """
				{"patientId": "%s", "clinicId": "%s", "type": "DRY_NEEDLING", "weekdays": ["TUESDAY"],
				 "startTime": "09:00", "firstDate": "2027-03-01", "count": 3, "mode": "%s"}""".formatted(this.patientId,
				CLINIC, mode);
	}

	private WebTestClient.ResponseSpec bookSeries(String body, String token) {
		return this.client.post()
			.uri("/api/scheduling/series")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** Every part answers for the instant it was asked about. */
	private static void decidedAtTheInstantAsked() {
		String eligible = """
				{"eligible": true, "reasons": [], "ruleVersion": "UT-2026-01-01", "evaluatedAt": "{{request.query.at}}"}""";
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling"))
			.willReturn(okJson(eligible).withTransformers("response-template")));
		credentialing.stubFor(get(urlPathEqualTo("/eligibility/dry-needling/state-law"))
			.willReturn(okJson(eligible).withTransformers("response-template")));
		patients.stubFor(get(urlPathMatching("/patients/.*/dry-needling-readiness"))
			.willReturn(okJson(eligible).withTransformers("response-template")));
		scheduling.stubFor(get(urlPathMatching("/patients/.*/prior-evaluation")).willReturn(okJson("""
				{"patientId": "%s", "before": "{{request.query.before}}", "evaluated": true}"""
			.formatted(UUID.randomUUID())).withTransformers("response-template")));
		scheduling.stubFor(post("/series").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"" + UUID.randomUUID() + "\"}")));
	}

	private String series(String type, String mode) {
		return """
				{"patientId": "%s", "therapistId": "%s", "clinicId": "%s", "type": "%s", "weekdays": ["TUESDAY"],
				 "startTime": "09:00", "firstDate": "2027-03-01", "count": 3, "mode": "%s"}""".formatted(this.patientId,
				this.therapistId, CLINIC, type, mode);
	}

	private WebTestClient.ResponseSpec bookSeries(String body) {
		return this.client.post()
			.uri("/api/scheduling/series")
			.headers((headers) -> headers.setBearerAuth(frontDesk()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private void expectFailClosed(String service) {
		book(booking("DRY_NEEDLING")).expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service);
		scheduling.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

	private WebTestClient.ResponseSpec book(String body) {
		return book(body, frontDesk());
	}

	private WebTestClient.ResponseSpec book(String body, String token) {
		return this.client.post()
			.uri("/api/scheduling/appointments")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec reschedule(UUID appointment, String body, String token) {
		return this.client.post()
			.uri("/api/scheduling/appointments/" + appointment + "/reschedule")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static void expectNobodyAsked() {
		scheduling.verify(0, getRequestedFor(urlPathMatching("/(appointments|patients|clinics|appointment-types).*")));
		scheduling.verify(0, postRequestedFor(urlPathMatching("/appointments.*")));
		credentialing.verify(0, getRequestedFor(urlPathMatching(".*")));
		patients.verify(0, getRequestedFor(urlPathMatching(".*")));
	}

	private String booking(String type) {
		return """
				{"patientId": "%s", "therapistId": "%s", "clinicId": "%s", "type": "%s", "startsAt": "2027-03-02T09:00:00-07:00"}"""
			.formatted(this.patientId, this.therapistId, CLINIC, type);
	}

	private static String refusal(String... codes) {
		return refusalAt("2027-03-02T16:00:00Z", codes);
	}

	private static String refusalAt(String evaluatedAt, String... codes) {
		StringBuilder reasons = new StringBuilder();
		for (String code : codes) {
			reasons.append(reasons.isEmpty() ? "" : ",")
				.append("{\"code\": \"")
				.append(code)
				.append("\", \"message\": \"")
				.append(code.toLowerCase().replace('_', ' '))
				.append("\"}");
		}
		return "{\"eligible\": false, \"reasons\": [" + reasons + "], \"ruleVersion\": \"UT-2026-01-01\", "
				+ "\"evaluatedAt\": \"" + evaluatedAt + "\"}";
	}

	private static String frontDesk() {
		return issuer.token("front-desk-1", Roles.FRONT_DESK);
	}

}
