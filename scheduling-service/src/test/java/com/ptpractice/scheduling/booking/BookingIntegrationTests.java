package com.ptpractice.scheduling.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class BookingIntegrationTests extends ApiIntegrationTestSupport {

	/** A Monday in summer time: 09:00 in Denver is 15:00Z. */
	private static final String MONDAY_9 = "2026-06-01T09:00:00-06:00";

	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"UT-2026-01-01","evaluatedAt":"2026-06-01T15:00:00Z"}""";

	@Autowired
	JdbcClient jdbc;

	UUID clinic;

	UUID therapist;

	@BeforeEach
	void clinicWithATherapistOnMondays() {
		this.clinic = openClinic("UT", "America/Denver");
		this.therapist = assignNewTherapist(this.clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
	}

	@Test
	void frontDeskBooksAFreeSlot() {
		UUID patient = UUID.randomUUID();
		book(patient, "FOLLOW_UP", MONDAY_9, null).expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/appointments/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("BOOKED")
			.jsonPath("$.startsAt")
			.isEqualTo("2026-06-01T09:00:00-06:00")
			.jsonPath("$.endsAt")
			.isEqualTo("2026-06-01T09:45:00-06:00")
			.jsonPath("$.localStart")
			.isEqualTo("2026-06-01T09:00:00")
			.jsonPath("$.zoneId")
			.isEqualTo("America/Denver")
			.jsonPath("$.type")
			.isEqualTo("FOLLOW_UP");
	}

	@Test
	void sixteenRacersForOneSlotGiveOneBookingAndFifteenConflicts() throws Exception {
		int racers = 16;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
			for (int i = 0; i < racers; i++) {
				UUID patient = UUID.randomUUID();
				outcomes.add(pool.submit(() -> {
					start.await();
					return book(patient, "FOLLOW_UP", MONDAY_9, null).returnResult().getStatus().value();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			assertThat(statuses).containsOnly(201, 409);
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		}
		assertThat(liveAppointmentsOfTherapist()).isEqualTo(1);
	}

	@Test
	void theSamePatientCannotBeInTwoPlacesAtOnce() {
		UUID patient = UUID.randomUUID();
		UUID otherTherapist = assignNewTherapist(this.clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
		book(patient, "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated();

		bookWith(otherTherapist, patient, "FOLLOW_UP", "2026-06-01T09:30:00-06:00", null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/slot-taken");
	}

	@Test
	void aRetryWithTheSameKeyAndBodyAnswersTheFirstBooking() {
		UUID patient = UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String first = idOf(book(patient, "FOLLOW_UP", MONDAY_9, key).expectStatus().isCreated());
		String again = idOf(book(patient, "FOLLOW_UP", MONDAY_9, key).expectStatus().isCreated());

		assertThat(again).isEqualTo(first);
		assertThat(liveAppointmentsOfTherapist()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		String key = UUID.randomUUID().toString();
		book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, key).expectStatus().isCreated();

		book(UUID.randomUUID(), "FOLLOW_UP", "2026-06-01T11:00:00-06:00", key).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/idempotency-key-reused");
		assertThat(liveAppointmentsOfTherapist()).isEqualTo(1);
	}

	@Test
	void badBookingsAreRejectedNamingTheFieldAndStoreNothing() {
		UUID patient = UUID.randomUUID();
		expectField(book(patient, "FOLLOW_UP", "2026-06-01T09:10:00-06:00", null), "startsAt");
		expectField(book(patient, "NO_SUCH_TYPE", MONDAY_9, null), "type");
		expectField(book(patient, "FOLLOW_UP", "2026-06-01T09:00:00", null), "startsAt");
		expectField(book(patient, "FOLLOW_UP", "2025-06-02T09:00:00-06:00", null), "startsAt");
		book(patient, "FOLLOW_UP", "2026-06-01T18:00:00-06:00", null).expectStatus().isEqualTo(422);
		assertThat(liveAppointmentsOfTherapist()).isZero();
	}

	@Test
	void patientsMayNotBook() {
		this.client.post()
			.uri("/appointments")
			.headers(as(Roles.PATIENT))
			.body(body(UUID.randomUUID(), this.therapist, "FOLLOW_UP", MONDAY_9))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void everyLegalTransitionIsRecordedAndIllegalOnesAre409() {
		var me = stubs.stubFor(get(urlPathEqualTo("/credentialing/therapists/me")).atPriority(1)
			.willReturn(okJson("{\"id\":\"" + this.therapist + "\"}")));
		String id = idOf(book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated());
		transition(id, "reschedule", Map.of("startsAt", "2026-06-01T10:00:00-06:00")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.startsAt")
			.isEqualTo("2026-06-01T10:00:00-06:00");
		String cancelled = idOf(book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated());
		transition(cancelled, "cancel", Map.of("reason", "patient called")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");
		String noShow = idOf(book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated());
		// 10:05 in Denver: both visits have started
		setNow(java.time.Instant.parse("2026-06-01T16:05:00Z"));
		transition(id, "complete", null).expectStatus().isEqualTo(409);
		transition(id, "check-in", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CHECKED_IN");
		transition(id, "cancel", Map.of("reason", "too late")).expectStatus().isEqualTo(409);
		transition(id, "no-show", null).expectStatus().isEqualTo(409);
		transition(id, "complete", null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
		transition(id, "check-in", null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/illegal-transition");

		transition(cancelled, "reschedule", Map.of("startsAt", "2026-06-01T12:00:00-06:00")).expectStatus()
			.isEqualTo(409);
		transition(noShow, "no-show", null).expectStatus().isOk();
		transition(noShow, "check-in", null).expectStatus().isEqualTo(409);

		assertThat(eventKinds(id)).containsExactly("BOOKED", "RESCHEDULED", "CHECKED_IN", "COMPLETED");
		assertThat(eventKinds(cancelled)).containsExactly("BOOKED", "CANCELLED");
		assertThat(eventKinds(noShow)).containsExactly("BOOKED", "NO_SHOW");
		stubs.removeStub(me);
	}

	@Test
	void reschedulingOntoATakenSlotIs409AndKeepsTheOldSlot() {
		book(UUID.randomUUID(), "FOLLOW_UP", "2026-06-01T11:00:00-06:00", null).expectStatus().isCreated();
		String id = idOf(book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated());

		transition(id, "reschedule", Map.of("startsAt", "2026-06-01T11:30:00-06:00")).expectStatus().isEqualTo(409);

		this.client.get()
			.uri("/appointments/{id}", id)
			.headers(frontDesk())
			.exchange()
			.expectBody()
			.jsonPath("$.startsAt")
			.isEqualTo(MONDAY_9);
	}

	@Test
	void needlingNeedsAPriorEvaluation() {
		UUID patient = UUID.randomUUID();
		needlingDecisions(okJson(ELIGIBLE), okJson(ELIGIBLE.replace("UT-2026-01-01", "patients-1")), patient);

		book(patient, "DRY_NEEDLING", MONDAY_9, null).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/dry-needling-not-allowed")
			.jsonPath("$.reasons[0].code")
			.isEqualTo("NO_PRIOR_EVALUATION");

		book(patient, "INITIAL_EVALUATION", "2026-06-01T08:00:00-06:00", null).expectStatus().isCreated();
		book(patient, "DRY_NEEDLING", MONDAY_9, null).expectStatus().isCreated();
	}

	@Test
	void aCancelledEvaluationDoesNotCount() {
		UUID patient = UUID.randomUUID();
		needlingDecisions(okJson(ELIGIBLE), okJson(ELIGIBLE), patient);
		String evaluation = idOf(
				book(patient, "INITIAL_EVALUATION", "2026-06-01T08:00:00-06:00", null).expectStatus().isCreated());
		transition(evaluation, "cancel", Map.of("reason", "sick")).expectStatus().isOk();

		book(patient, "DRY_NEEDLING", MONDAY_9, null).expectStatus().isEqualTo(422);
	}

	@Test
	void allReasonsComeTogetherInOne422() {
		UUID patient = UUID.randomUUID();
		needlingDecisions(
				okJson("""
						{"eligible":false,"reasons":[{"code":"LICENSE_EXPIRES_BEFORE_APPOINTMENT","message":"License expires."}],
						 "ruleVersion":"UT-2026-01-01","evaluatedAt":"2026-06-01T15:00:00Z"}"""),
				okJson("""
						{"eligible":false,"reasons":[{"code":"CONSENT_MISSING","message":"No consent."}],
						 "ruleVersion":"p-1","evaluatedAt":"2026-06-01T15:00:00Z"}"""), patient);

		book(patient, "DRY_NEEDLING", MONDAY_9, null).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[*].code")
			.isEqualTo(List.of("LICENSE_EXPIRES_BEFORE_APPOINTMENT", "CONSENT_MISSING", "NO_PRIOR_EVALUATION"));
	}

	@Test
	void startsOutsideTheBookingWindowAre400NamingStartsAtAndStoreNothing() {
		for (String startsAt : List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
				"2025-12-31T09:00:00-07:00", "2028-01-03T09:00:00-07:00")) {
			expectField(book(UUID.randomUUID(), "DRY_NEEDLING", startsAt, null), "startsAt");
			expectField(book(UUID.randomUUID(), "FOLLOW_UP", startsAt, null), "startsAt");
		}
		String id = idOf(book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated());
		expectField(transition(id, "reschedule", Map.of("startsAt", "+999999999-12-31T23:59:59Z")), "startsAt");
		expectField(transition(id, "reschedule", Map.of("startsAt", "-999999999-01-01T00:00:00Z")), "startsAt");
		assertThat(liveAppointmentsOfTherapist()).isEqualTo(1);
		stubs.verify(0, getRequestedFor(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(this.therapist.toString())));
	}

	@Test
	void theNeedlingDecisionIsAskedAsThePersonWhoBooks() {
		UUID patient = UUID.randomUUID();
		needlingDecisions(okJson(ELIGIBLE), okJson(ELIGIBLE), patient);
		book(patient, "INITIAL_EVALUATION", "2026-06-01T08:00:00-06:00", null).expectStatus().isCreated();

		book(patient, "DRY_NEEDLING", MONDAY_9, null).expectStatus().isCreated();

		stubs.verify(getRequestedFor(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
			.withHeader("Authorization", matching("Bearer .+"))
			.withHeader("Authorization", notMatching(".*service-token.*")));
		stubs.verify(getRequestedFor(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(this.therapist.toString()))
			.withHeader("Authorization", notMatching(".*service-token.*")));
	}

	@Test
	void reschedulingANeedlingVisitDecidesAtTheNewInstant() {
		UUID patient = UUID.randomUUID();
		needlingDecisions(okJson(ELIGIBLE), okJson(ELIGIBLE), patient);
		book(patient, "INITIAL_EVALUATION", "2026-06-01T08:00:00-06:00", null).expectStatus().isCreated();
		String id = idOf(book(patient, "DRY_NEEDLING", MONDAY_9, null).expectStatus().isCreated());
		stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("at", equalTo("2026-06-08T15:00:00Z"))
			.willReturn(
					okJson("""
							{"eligible":false,"reasons":[{"code":"CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT","message":"Lapses."}],
							 "ruleVersion":"UT-2026-01-01","evaluatedAt":"2026-06-08T15:00:00Z"}""")));
		stubs.stubFor(get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
			.withQueryParam("at", equalTo("2026-06-08T15:00:00Z"))
			.willReturn(okJson(ELIGIBLE.replace("2026-06-01T15", "2026-06-08T15"))));

		transition(id, "reschedule", Map.of("startsAt", "2026-06-08T09:00:00-06:00")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[*].code")
			.isEqualTo(List.of("CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT"));
	}

	@Test
	void aRescheduleRetriedWithTheSameKeyAnswersTheFirstMoveAndAnotherMoveWithItIsRefused() {
		String id = idOf(book(UUID.randomUUID(), "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated());
		String key = UUID.randomUUID().toString();

		reschedule(id, "2026-06-01T10:00:00-06:00", key).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "false");
		reschedule(id, "2026-06-01T10:00:00-06:00", key).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectBody()
			.jsonPath("$.startsAt")
			.isEqualTo("2026-06-01T10:00:00-06:00");
		reschedule(id, "2026-06-01T11:00:00-06:00", key).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/idempotency-key-reused");
		assertThat(eventKinds(id)).containsExactly("BOOKED", "RESCHEDULED");
	}

	private ResponseSpec reschedule(String id, String startsAt, String key) {
		return this.client.post()
			.uri("/appointments/{id}/reschedule", id)
			.headers(frontDesk())
			.header("Idempotency-Key", key)
			.body(Map.of("startsAt", startsAt))
			.exchange();
	}

	@Test
	void needlingFailsClosedWhenCredentialingErrs() {
		expectFailClosed(serverError(), okJson(ELIGIBLE));
	}

	@Test
	void needlingFailsClosedWhenCredentialingResetsTheConnection() {
		expectFailClosed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ELIGIBLE));
	}

	@Test
	void needlingFailsClosedWhenCredentialingAnswersGarbage() {
		expectFailClosed(okJson("{\"allowed\":\"maybe\"}"), okJson(ELIGIBLE));
	}

	@Test
	void needlingFailsClosedWhenThePatientServiceIsTooSlow() {
		expectFailClosed(okJson(ELIGIBLE), okJson(ELIGIBLE).withFixedDelay(4000));
	}

	@Test
	void needlingFailsClosedWhenThePatientServiceErrs() {
		expectFailClosed(okJson(ELIGIBLE), aResponse().withStatus(502));
	}

	private void expectFailClosed(ResponseDefinitionBuilder credentialing, ResponseDefinitionBuilder patients) {
		UUID patient = UUID.randomUUID();
		needlingDecisions(credentialing, patients, patient);
		book(patient, "DRY_NEEDLING", MONDAY_9, UUID.randomUUID().toString()).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/service-unavailable");
		assertThat(liveAppointmentsOfTherapist()).isZero();
	}

	private void needlingDecisions(ResponseDefinitionBuilder credentialing, ResponseDefinitionBuilder patients,
			UUID patient) {
		stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(this.therapist.toString()))
			.withQueryParam("state", equalTo("UT"))
			.withQueryParam("at", equalTo("2026-06-01T15:00:00Z"))
			.withQueryParam("zone", equalTo("America/Denver"))
			.willReturn(credentialing));
		stubs.stubFor(get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
			.withQueryParam("at", equalTo("2026-06-01T15:00:00Z"))
			.willReturn(patients));
	}

	@Test
	void aSignedInPatientSeesOnlyTheirOwnAppointments() {
		UUID own = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		book(own, "FOLLOW_UP", MONDAY_9, null).expectStatus().isCreated();
		book(other, "FOLLOW_UP", "2026-06-01T11:00:00-06:00", null).expectStatus().isCreated();
		String patientToken = issuer.token("patient-login-" + own, Roles.PATIENT);
		stubs.stubFor(get("/patient-service/patients/me").withHeader("Authorization", equalTo("Bearer " + patientToken))
			.willReturn(okJson("{\"id\": \"" + own + "\"}")));

		this.client.get()
			.uri("/appointments")
			.headers((headers) -> headers.setBearerAuth(patientToken))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].patientId")
			.isEqualTo(List.of(own.toString()));
		this.client.get()
			.uri("/appointments?patientId=" + other)
			.headers((headers) -> headers.setBearerAuth(patientToken))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aLoginWithoutAPatientRecordSeesNothing() {
		String patientToken = issuer.token("patient-login-unlinked", Roles.PATIENT);
		stubs.stubFor(get("/patient-service/patients/me").withHeader("Authorization", equalTo("Bearer " + patientToken))
			.willReturn(aResponse().withStatus(404)));

		this.client.get()
			.uri("/appointments")
			.headers((headers) -> headers.setBearerAuth(patientToken))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private ResponseSpec book(UUID patient, String type, String startsAt, String key) {
		return bookWith(this.therapist, patient, type, startsAt, key);
	}

	private ResponseSpec bookWith(UUID therapist, UUID patient, String type, String startsAt, String key) {
		return this.client.post().uri("/appointments").headers(frontDesk()).headers((headers) -> {
			if (key != null) {
				headers.set("Idempotency-Key", key);
			}
		}).body(body(patient, therapist, type, startsAt)).exchange();
	}

	private Map<String, Object> body(UUID patient, UUID therapist, String type, String startsAt) {
		return Map.of("patientId", patient, "therapistId", therapist, "clinicId", this.clinic, "type", type, "startsAt",
				startsAt);
	}

	private ResponseSpec transition(String id, String action, Map<String, Object> body) {
		var request = this.client.post().uri("/appointments/{id}/{action}", id, action).headers(frontDesk());
		if (action.equals("complete")) {
			request = this.client.post().uri("/appointments/{id}/{action}", id, action).headers(as(Roles.THERAPIST));
		}
		return (body != null) ? request.body(body).exchange() : request.exchange();
	}

	private static String idOf(ResponseSpec response) {
		return response.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

	private static void expectField(ResponseSpec response, String field) {
		response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	private long liveAppointmentsOfTherapist() {
		return this.jdbc
			.sql("SELECT count(*) FROM appointment WHERE therapist_id = :t AND status NOT IN ('CANCELLED','NO_SHOW')")
			.param("t", this.therapist)
			.query(Long.class)
			.single();
	}

	private List<String> eventKinds(String id) {
		return this.jdbc.sql("SELECT kind FROM appointment_event WHERE appointment_id = :id ORDER BY seq")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list();
	}

}
