package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An initial evaluation that a later needling visit of the patient depends on cannot be
 * cancelled, no-showed or moved away while that visit stands, unless another evaluation
 * remains before it.
 */
class EvaluationDependencyIntegrationTests extends ApiIntegrationTestSupport {

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	/** Mondays in summer time (Denver is UTC-6). */
	private static final String EVALUATION_AT_8 = "2026-06-01T08:00:00-06:00";

	private static final String NEEDLING_AT_10 = "2026-06-01T10:00:00-06:00";

	@Autowired
	JdbcClient jdbc;

	private final List<StubMapping> stubbed = new ArrayList<>();

	UUID clinic;

	UUID therapist;

	UUID patient;

	@BeforeEach
	void aPatientWithEveryOtherPartOfTheDecisionInPlace() {
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(100)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(100)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.clinic = openClinic("UT", "America/Denver");
		this.therapist = assignNewTherapist(this.clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"07:00","endTime":"17:00"},
				 {"dayOfWeek":"TUESDAY","startTime":"07:00","endTime":"17:00"}]""");
		this.patient = UUID.randomUUID();
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void cancellingTheEvaluationANeedlingVisitDependsOnIs409NamingTheVisit() {
		String evaluation = idOf(book("INITIAL_EVALUATION", EVALUATION_AT_8).expectStatus().isCreated());
		String needling = idOf(book("DRY_NEEDLING", NEEDLING_AT_10).expectStatus().isCreated());

		post(evaluation, "cancel", Map.of("reason", "patient called")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/evaluation-still-needed")
			.jsonPath("$.dependentVisits")
			.isEqualTo(List.of(needling));

		assertThat(statusOf(evaluation)).isEqualTo("BOOKED");
		assertThat(eventKinds(evaluation)).containsExactly("BOOKED");
	}

	@Test
	void markingTheEvaluationANoShowIs409() {
		String evaluation = idOf(book("INITIAL_EVALUATION", EVALUATION_AT_8).expectStatus().isCreated());
		String needling = idOf(book("DRY_NEEDLING", NEEDLING_AT_10).expectStatus().isCreated());
		setNow(Instant.parse("2026-06-01T14:20:00Z"));

		post(evaluation, "no-show", null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.dependentVisits")
			.isEqualTo(List.of(needling));
		assertThat(statusOf(evaluation)).isEqualTo("BOOKED");
	}

	@Test
	void movingTheEvaluationAfterTheNeedlingVisitIs409ButMovingItEarlierIsFine() {
		String evaluation = idOf(book("INITIAL_EVALUATION", EVALUATION_AT_8).expectStatus().isCreated());
		String needling = idOf(book("DRY_NEEDLING", NEEDLING_AT_10).expectStatus().isCreated());

		post(evaluation, "reschedule", Map.of("startsAt", "2026-06-02T08:00:00-06:00")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.dependentVisits")
			.isEqualTo(List.of(needling));
		post(evaluation, "reschedule", Map.of("startsAt", "2026-06-01T10:30:00-06:00")).expectStatus().isEqualTo(409);
		post(evaluation, "reschedule", Map.of("startsAt", "2026-06-01T07:00:00-06:00")).expectStatus().isOk();
	}

	@Test
	void anotherEvaluationBeforeTheVisitLetsTheFirstGo() {
		String first = idOf(book("INITIAL_EVALUATION", "2026-06-01T07:00:00-06:00").expectStatus().isCreated());
		book("INITIAL_EVALUATION", EVALUATION_AT_8).expectStatus().isCreated();
		book("DRY_NEEDLING", NEEDLING_AT_10).expectStatus().isCreated();

		post(first, "cancel", Map.of("reason", "booked twice")).expectStatus().isOk();
	}

	@Test
	void onceTheNeedlingVisitIsCancelledTheEvaluationMayBeToo() {
		String evaluation = idOf(book("INITIAL_EVALUATION", EVALUATION_AT_8).expectStatus().isCreated());
		String needling = idOf(book("DRY_NEEDLING", NEEDLING_AT_10).expectStatus().isCreated());

		post(needling, "cancel", Map.of("reason", "patient called")).expectStatus().isOk();
		post(evaluation, "cancel", Map.of("reason", "patient called")).expectStatus().isOk();
	}

	@Test
	void aNeedlingVisitOfAnotherPatientDoesNotHoldTheEvaluation() {
		String evaluation = idOf(book("INITIAL_EVALUATION", EVALUATION_AT_8).expectStatus().isCreated());
		UUID other = UUID.randomUUID();
		bookFor(other, "INITIAL_EVALUATION", "2026-06-01T07:00:00-06:00").expectStatus().isCreated();
		bookFor(other, "DRY_NEEDLING", NEEDLING_AT_10).expectStatus().isCreated();

		post(evaluation, "cancel", Map.of("reason", "patient called")).expectStatus().isOk();
	}

	/**
	 * A booking deciding on the evaluation and the evaluation's cancellation race: never
	 * both succeed, so no needling visit stands without an evaluation.
	 */
	@Test
	void aNeedlingBookingAndTheEvaluationsCancellationNeverBothWin() throws Exception {
		ExecutorService racers = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				UUID patient = UUID.randomUUID();
				String day = "2026-06-%02d".formatted(1 + 7 * (round / 2) + (round % 2));
				String evaluation = idOf(
						bookFor(patient, "INITIAL_EVALUATION", day + "T08:00:00-06:00").expectStatus().isCreated());
				CountDownLatch start = new CountDownLatch(1);
				Future<Integer> booking = racers.submit(() -> {
					start.await();
					return status(bookFor(patient, "DRY_NEEDLING", day + "T10:00:00-06:00"));
				});
				Future<Integer> cancel = racers.submit(() -> {
					start.await();
					return status(post(evaluation, "cancel", Map.of("reason", "race")));
				});
				start.countDown();
				int booked = booking.get();
				int cancelled = cancel.get();
				assertThat(booked == 201 && cancelled == 200).as("round %d: %d and %d", round, booked, cancelled)
					.isFalse();
				assertThat(List.of(booked, cancelled)).containsAnyOf(201, 200);
			}
		}
		finally {
			racers.shutdownNow();
		}
	}

	private ResponseSpec book(String type, String startsAt) {
		return bookFor(this.patient, type, startsAt);
	}

	private ResponseSpec bookFor(UUID patient, String type, String startsAt) {
		return this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(Map.of("patientId", patient, "therapistId", this.therapist, "clinicId", this.clinic, "type", type,
					"startsAt", startsAt))
			.exchange();
	}

	private ResponseSpec post(String id, String action, Map<String, Object> body) {
		var request = this.client.post().uri("/appointments/{id}/{action}", id, action).headers(frontDesk());
		return (body != null) ? request.body(body).exchange() : request.exchange();
	}

	private static int status(ResponseSpec response) {
		return response.returnResult(String.class).getStatus().value();
	}

	private static String idOf(ResponseSpec response) {
		return response.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

	private String statusOf(String id) {
		return this.jdbc.sql("SELECT status FROM appointment WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private List<String> eventKinds(String id) {
		return this.jdbc.sql("SELECT kind FROM appointment_event WHERE appointment_id = :id ORDER BY seq")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list();
	}

}
