package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.SCHEDULING;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's series through the gateway with real tokens: a needling series is decided
 * per visit at the edge and in the scheduling service, a retry with the same key answers
 * the first answer, a therapist without a certification gets every needling visit refused
 * with the reason (all or nothing: a 422 at the gateway and nothing stored), only the
 * front desk books, and cancelling from one visit on cancels the later ones. With "any
 * eligible therapist" the gateway decides what holds whoever the therapist is and refuses
 * as the service does; a move of needling visits is decided visit by visit at the edge
 * and in the service alike.
 */
class SeriesE2ETests {

	private static final String SERIES = GATEWAY + "/api/scheduling/series";

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static String frontDesk;

	private static String practiceAdmin;

	private static String credentialingAdmin;

	private static String readyTherapist;

	private static String clinic;

	private static LocalDate firstDate;

	@BeforeAll
	static void aUtahClinicWithAReadyTherapist() {
		practiceAdmin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		credentialingAdmin = userToken("credadmin");
		readyTherapist = Fixtures.utahReadyTherapist(credentialingAdmin);
		clinic = Fixtures.clinic(practiceAdmin, "Orem", "UT", "84057", "America/Denver", 40.2969, -111.6946);
		Fixtures.assignDaily(practiceAdmin, clinic, readyTherapist, "08:00", "17:00");
		// within the screening's 90 days, past the evaluation booked the day before
		firstDate = LocalDate.now(DENVER).plusDays(6 + (int) (Math.random() * 30));
	}

	@Test
	void aNeedlingSeriesIsBookedVisitByVisitAndARetryAnswersTheFirstAnswer() {
		String patient = Fixtures.screenedPatient(frontDesk, true);
		evaluation(patient, readyTherapist);
		Map<String, Object> body = series(patient, readyTherapist, "BOOK_WHAT_CAN_BE_BOOKED");
		String key = "e2e-series-" + UUID.randomUUID();

		HttpResponse<String> first = Http.post(SERIES, frontDesk, body, key);
		HttpResponse<String> retry = Http.post(SERIES, frontDesk, body, key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		List<JsonNode> visits = body(first).get("occurrences").values().stream().toList();
		assertThat(visits).hasSize(4)
			.allSatisfy((visit) -> assertThat(visit.get("status").asString()).as(visit.toString()).isEqualTo("BOOKED"))
			.allSatisfy((visit) -> assertThat(visit.get("localStart").asString()).endsWith("T10:00:00"));
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(body(retry)).isEqualTo(body(first));

		String seriesId = body(first).get("id").asString();
		String second = visits.get(1).get("appointmentId").asString();
		HttpResponse<String> cancelled = Http.post(SERIES + "/" + seriesId + "/cancel", frontDesk,
				Map.of("appointmentId", second, "andLater", true, "reason", "plan of care changed"));
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(body(cancelled).get("visits").values().stream().map((visit) -> visit.get("status").asString()))
			.containsExactly("BOOKED", "CANCELLED", "CANCELLED", "CANCELLED");
	}

	@Test
	void withoutACertificationEveryNeedlingVisitIsRefusedWithTheReasonAndAllOrNothingStoresNothing() {
		String uncertified = Fixtures.therapistWith(credentialingAdmin, Fixtures.license("UT", "2040-12-31"));
		Fixtures.assignDaily(practiceAdmin, clinic, uncertified, "08:00", "17:00");
		String patient = Fixtures.screenedPatient(frontDesk, true);
		evaluation(patient, uncertified);

		HttpResponse<String> allOrNothing = Http.post(SERIES, frontDesk, series(patient, uncertified, "ALL_OR_NOTHING"),
				"e2e-series-" + UUID.randomUUID());
		assertThat(allOrNothing.statusCode()).as(allOrNothing.body()).isEqualTo(422);
		assertThat(allOrNothing.body()).contains("NO_VERIFIED_CERTIFICATION");
		HttpResponse<String> visits = Stack.get(GATEWAY + "/api/scheduling/appointments?patientId=" + patient,
				frontDesk);
		assertThat(visits.body()).doesNotContain("DRY_NEEDLING");

		HttpResponse<String> whatCan = Http.post(SERIES, frontDesk,
				series(patient, uncertified, "BOOK_WHAT_CAN_BE_BOOKED"), "e2e-series-" + UUID.randomUUID());
		assertThat(whatCan.statusCode()).as(whatCan.body()).isEqualTo(201);
		assertThat(body(whatCan).get("occurrences").values()).hasSize(4).allSatisfy((visit) -> {
			assertThat(visit.get("status").asString()).isEqualTo("REFUSED");
			assertThat(visit.get("reasons").values().stream().map((reason) -> reason.get("code").asString()))
				.contains("NO_VERIFIED_CERTIFICATION");
		});
	}

	@Test
	void anAnyEligibleNeedlingSeriesForAPatientWithoutConsentIsRefusedAtTheGatewayAsTheServiceRefusesIt() {
		String evaluator = evaluatingTherapist();
		String patient = Fixtures.screenedPatient(frontDesk, false);
		evaluation(patient, evaluator, firstDate.minusDays(1).atTime(9, 0));
		Map<String, Object> body = series(patient, null, "ALL_OR_NOTHING");
		body.put("startTime", "14:00");

		HttpResponse<String> atTheGateway = Http.post(SERIES, frontDesk, body, "e2e-series-" + UUID.randomUUID());
		HttpResponse<String> atTheService = Http.post(SCHEDULING + "/series", frontDesk, body,
				"e2e-series-" + UUID.randomUUID());

		assertThat(atTheGateway.statusCode()).as(atTheGateway.body()).isEqualTo(422);
		assertThat(body(atTheGateway).get("type").asString()).endsWith("/dry-needling-not-allowed");
		List<String> refusedAtTheGateway = codes(body(atTheGateway).get("reasons"));
		assertThat(refusedAtTheGateway).containsExactly("CONSENT_MISSING");
		assertThat(atTheService.statusCode()).as(atTheService.body()).isEqualTo(422);
		assertThat(body(atTheService).get("occurrences").values()).hasSize(4).allSatisfy((visit) -> {
			assertThat(visit.get("status").asString()).isEqualTo("REFUSED");
			assertThat(codes(visit.get("reasons"))).isEqualTo(refusedAtTheGateway);
		});
		HttpResponse<String> visits = Stack.get(GATEWAY + "/api/scheduling/appointments?patientId=" + patient,
				frontDesk);
		assertThat(visits.body()).doesNotContain("DRY_NEEDLING");

		body.put("mode", "BOOK_WHAT_CAN_BE_BOOKED");
		HttpResponse<String> whatCan = Http.post(SERIES, frontDesk, body, "e2e-series-" + UUID.randomUUID());
		assertThat(whatCan.statusCode()).as(whatCan.body()).isEqualTo(201);
		assertThat(body(whatCan).get("occurrences").values()).hasSize(4)
			.allSatisfy((visit) -> assertThat(codes(visit.get("reasons"))).containsExactly("CONSENT_MISSING"));
	}

	@Test
	void movingNeedlingVisitsBeforeTheEvaluationRefusesThoseVisitsWithTheReasonTheEdgeAndTheServiceGive() {
		String evaluator = evaluatingTherapist();
		String patient = Fixtures.screenedPatient(frontDesk, true);
		evaluation(patient, evaluator, firstDate.atTime(11, 0));
		Map<String, Object> body = series(patient, readyTherapist, "BOOK_WHAT_CAN_BE_BOOKED");
		body.put("startTime", "13:00");
		body.put("count", 2);
		HttpResponse<String> booked = Http.post(SERIES, frontDesk, body, "e2e-series-" + UUID.randomUUID());
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		assertThat(body(booked).get("occurrences").values())
			.allSatisfy((visit) -> assertThat(visit.get("status").asString()).isEqualTo("BOOKED"));
		String seriesId = body(booked).get("id").asString();
		String first = body(booked).get("occurrences").get(0).get("appointmentId").asString();
		String earlier = firstDate.atTime(8, 0).atZone(DENVER).toOffsetDateTime().toString();

		// the first date's visit would start before the 11:00 evaluation: that single
		// reschedule is refused alike at the edge and in the service ...
		HttpResponse<String> rescheduleAtTheGateway = Http.post(
				GATEWAY + "/api/scheduling/appointments/" + first + "/reschedule", frontDesk,
				Map.of("startsAt", earlier));
		HttpResponse<String> rescheduleAtTheService = Http.post(SCHEDULING + "/appointments/" + first + "/reschedule",
				frontDesk, Map.of("startsAt", earlier));
		assertThat(rescheduleAtTheGateway.statusCode()).as(rescheduleAtTheGateway.body()).isEqualTo(422);
		assertThat(rescheduleAtTheService.statusCode()).as(rescheduleAtTheService.body()).isEqualTo(422);
		List<String> refused = codes(body(rescheduleAtTheGateway).get("reasons"));
		assertThat(refused).containsExactly("NO_PRIOR_EVALUATION");
		assertThat(codes(body(rescheduleAtTheService).get("reasons"))).isEqualTo(refused);

		// ... and the series move through the gateway (decided there, then in the
		// service) moves what it can: the next day's visit, not the first date's
		HttpResponse<String> moved = Http.post(SERIES + "/" + seriesId + "/move", frontDesk,
				Map.of("fromDate", firstDate.toString(), "startTime", "08:00"), "e2e-move-" + UUID.randomUUID());
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		List<JsonNode> outcomes = body(moved).get("occurrences").values().stream().toList();
		assertThat(outcomes).extracting((visit) -> visit.get("status").asString()).containsExactly("REFUSED", "BOOKED");
		assertThat(codes(outcomes.get(0).get("reasons"))).isEqualTo(refused);
		assertThat(outcomes.get(1).get("localStart").asString()).endsWith("T08:00:00");

		HttpResponse<String> after = Stack.get(SERIES + "/" + seriesId, frontDesk);
		assertThat(body(after).get("visits")
			.values()
			.stream()
			.map((visit) -> LocalDateTime.parse(visit.get("localStart").asString())))
			.containsExactly(firstDate.atTime(13, 0), firstDate.plusDays(1).atTime(8, 0));
	}

	@Test
	void onlyTheFrontDeskOrAPracticeAdministratorBooksASeries() {
		HttpResponse<String> refused = Http.post(SERIES, userToken("therapist"),
				series(UUID.randomUUID().toString(), readyTherapist, "BOOK_WHAT_CAN_BE_BOOKED"));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
	}

	/**
	 * The patient's initial evaluation the day before the first date, with the therapist.
	 */
	private static void evaluation(String patient, String therapist) {
		evaluation(patient, therapist, firstDate.minusDays(1).atTime(LocalTime.of(8, 0)));
	}

	/** The patient's initial evaluation at a clinic-local time, with the therapist. */
	private static void evaluation(String patient, String therapist, LocalDateTime localStart) {
		HttpResponse<String> booked = Http.post(GATEWAY + "/api/scheduling/appointments", frontDesk,
				Map.of("patientId", patient, "therapistId", therapist, "clinicId", clinic, "type", "INITIAL_EVALUATION",
						"startsAt", localStart.atZone(DENVER).toOffsetDateTime().toString()));
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
	}

	/** A therapist without needling credentials who sees evaluations at the clinic. */
	private static String evaluatingTherapist() {
		String evaluator = Fixtures.therapistWith(credentialingAdmin, Fixtures.license("UT", "2040-12-31"));
		Fixtures.assignDaily(practiceAdmin, clinic, evaluator, "08:00", "17:00");
		return evaluator;
	}

	private static List<String> codes(JsonNode reasons) {
		return reasons.values().stream().map((reason) -> reason.get("code").asString()).toList();
	}

	/** Four visits on the first date's weekday and the next day's, at 10:00. */
	private static Map<String, Object> series(String patient, String therapist, String mode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("patientId", patient);
		if (therapist != null) {
			body.put("therapistId", therapist);
		}
		body.put("clinicId", clinic);
		body.put("type", "DRY_NEEDLING");
		body.put("weekdays", List.of(firstDate.getDayOfWeek().name(), firstDate.plusDays(1).getDayOfWeek().name()));
		body.put("startTime", "10:00");
		body.put("firstDate", firstDate.toString());
		body.put("count", 4);
		body.put("mode", mode);
		return body;
	}

}
