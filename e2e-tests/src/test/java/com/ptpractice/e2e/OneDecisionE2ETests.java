package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.SCHEDULING;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one needling decision at every edge, through the real gateway and Keycloak tokens:
 * the gateway's refusal is the scheduling service's, the at-risk entry lists what a
 * booking would, only those who may book reach the guard, bad requests cannot switch
 * needling off for others, reschedules work, and the PHI audit names the person.
 */
class OneDecisionE2ETests {

	private static final String APPOINTMENTS = GATEWAY + "/api/scheduling/appointments";

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static String frontDesk;

	private static String credentialingAdmin;

	private static String practiceAdmin;

	private static String therapistId;

	private static String unlicensedTherapistId;

	private static String utahClinic;

	private static String californiaClinic;

	private static LocalDate day;

	@BeforeAll
	static void practiceInUtahAndCalifornia() {
		practiceAdmin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		credentialingAdmin = userToken("credadmin");
		therapistId = Fixtures.utahReadyTherapist(credentialingAdmin);
		unlicensedTherapistId = Fixtures.therapist(credentialingAdmin);
		utahClinic = Fixtures.clinic(practiceAdmin, "Ogden", "UT", "84401", "America/Denver", 41.2230, -111.9738);
		californiaClinic = Fixtures.clinic(practiceAdmin, "Fresno", "CA", "93721", "America/Los_Angeles", 36.7378,
				-119.7871);
		Fixtures.assignDaily(practiceAdmin, utahClinic, therapistId, "08:00", "15:00");
		Fixtures.assignDaily(practiceAdmin, utahClinic, unlicensedTherapistId, "08:00", "17:00");
		Fixtures.assignDaily(practiceAdmin, californiaClinic, therapistId, "15:30", "17:00");
		// within the at-risk watch's 60 days and the screening's 90
		day = LocalDate.now(DENVER).plusDays(5 + (int) (Math.random() * 40));
	}

	@Test
	void theGatewayRefusesWithTheSameReasonsAsTheSchedulingServiceEvaluationIncluded() {
		String patient = Fixtures.registeredPatient(frontDesk);
		Map<String, Object> body = booking(patient, unlicensedTherapistId, utahClinic, "DRY_NEEDLING",
				at(day, "09:00", DENVER));

		HttpResponse<String> atTheGateway = Http.post(APPOINTMENTS, frontDesk, body, UUID.randomUUID().toString());
		HttpResponse<String> atTheService = Http.post(SCHEDULING + "/appointments", frontDesk, body,
				UUID.randomUUID().toString());

		assertThat(atTheGateway.statusCode()).as(atTheGateway.body()).isEqualTo(422);
		assertThat(atTheService.statusCode()).as(atTheService.body()).isEqualTo(422);
		assertThat(codes(atTheGateway)).isEqualTo(codes(atTheService))
			.contains("NO_LICENSE_IN_STATE", "CONSENT_MISSING", "SCREENING_MISSING", "NO_PRIOR_EVALUATION");
		assertThat(Stack.body(atTheGateway).get("type").asString())
			.isEqualTo(Stack.body(atTheService).get("type").asString());
	}

	@Test
	void anUnknownTherapistInCaliforniaIsRefusedWithTheStatesProhibitionToo() {
		String patient = Fixtures.screenedPatient(frontDesk, true);

		HttpResponse<String> refused = Http.post(APPOINTMENTS, frontDesk, booking(patient, UUID.randomUUID().toString(),
				californiaClinic, "DRY_NEEDLING", at(day, "10:00", LOS_ANGELES)));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(codes(refused)).contains("THERAPIST_UNKNOWN", "STATE_PROHIBITS_DRY_NEEDLING");
	}

	@Test
	void anUnknownPatientIsTheSameReasonAtTheGatewayAndInTheSchedulingService() {
		Map<String, Object> body = booking(UUID.randomUUID().toString(), therapistId, utahClinic, "DRY_NEEDLING",
				at(day, "11:00", DENVER));

		HttpResponse<String> atTheGateway = Http.post(APPOINTMENTS, frontDesk, body);
		HttpResponse<String> atTheService = Http.post(SCHEDULING + "/appointments", frontDesk, body);

		assertThat(atTheGateway.statusCode()).as(atTheGateway.body()).isEqualTo(422);
		assertThat(atTheService.statusCode()).as(atTheService.body()).isEqualTo(422);
		assertThat(codes(atTheGateway)).isEqualTo(codes(atTheService)).contains("PATIENT_UNKNOWN");
	}

	@Test
	void rolesThatMayNotBookLearnNothingAboutThePatientOrTherapistNamed() {
		String flagged = Fixtures.screenedPatient(frontDesk, false, "SEVERE_NEEDLE_FEAR");
		Map<String, Object> body = booking(flagged, unlicensedTherapistId, utahClinic, "DRY_NEEDLING",
				at(day.plusDays(1), "09:00", DENVER));

		for (String login : List.of("patient", "therapist", "credadmin")) {
			HttpResponse<String> refused = Http.post(APPOINTMENTS, userToken(login), body);
			assertThat(refused.statusCode()).as(login + ": " + refused.body()).isEqualTo(403);
			assertThat(refused.body()).doesNotContain("reasons", "CONTRAINDICATION", "CONSENT", "LICENSE");
		}
	}

	@Test
	void absurdBookingsByAnyoneLeaveTheNextValidNeedlingBookingAlone() {
		Map<String, Object> absurd = booking(UUID.randomUUID().toString(), therapistId, utahClinic, "DRY_NEEDLING",
				"-999999999-01-01T00:00:00Z");
		for (int i = 0; i < 15; i++) {
			assertThat(Http.post(APPOINTMENTS, userToken("patient"), absurd).statusCode()).isEqualTo(403);
			HttpResponse<String> invalid = Http.post(APPOINTMENTS, frontDesk, absurd);
			assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
			assertThat(invalid.body()).contains("startsAt");
		}

		String patient = Fixtures.screenedPatient(frontDesk, true);
		assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "INITIAL_EVALUATION", at(day.plusDays(2), "08:00", DENVER))));
		assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "DRY_NEEDLING", at(day.plusDays(2), "10:00", DENVER))));
	}

	@Test
	void aFollowUpAndANeedlingVisitAreRescheduledThroughTheGateway() {
		String patient = Fixtures.screenedPatient(frontDesk, true);
		LocalDate date = day.plusDays(3);
		assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "INITIAL_EVALUATION", at(date, "08:00", DENVER))));
		String needling = id(assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "DRY_NEEDLING", at(date, "10:00", DENVER)))));
		String followUp = id(
				assertBooked(Http.post(APPOINTMENTS, frontDesk, booking(Fixtures.registeredPatient(frontDesk),
						therapistId, utahClinic, "FOLLOW_UP", at(date, "13:00", DENVER)))));

		HttpResponse<String> movedFollowUp = Http.post(APPOINTMENTS + "/" + followUp + "/reschedule", frontDesk,
				Map.of("startsAt", at(date, "14:00", DENVER)));
		assertThat(movedFollowUp.statusCode()).as(movedFollowUp.body()).isEqualTo(200);
		assertThat(Stack.body(movedFollowUp).get("localStart").asString()).endsWith("T14:00:00");

		String key = UUID.randomUUID().toString();
		Map<String, Object> move = Map.of("startsAt", at(date.plusDays(1), "10:00", DENVER));
		HttpResponse<String> movedNeedling = Http.post(APPOINTMENTS + "/" + needling + "/reschedule", frontDesk, move,
				key);
		assertThat(movedNeedling.statusCode()).as(movedNeedling.body()).isEqualTo(200);
		HttpResponse<String> retried = Http.post(APPOINTMENTS + "/" + needling + "/reschedule", frontDesk, move, key);
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");

		HttpResponse<String> beforeTheEvaluation = Http.post(APPOINTMENTS + "/" + needling + "/reschedule", frontDesk,
				Map.of("startsAt", at(date.minusDays(1), "10:00", DENVER)));
		assertThat(beforeTheEvaluation.statusCode()).as(beforeTheEvaluation.body()).isEqualTo(422);
		assertThat(codes(beforeTheEvaluation)).containsExactly("NO_PRIOR_EVALUATION");
	}

	@Test
	void thePhiAuditNamesTheFrontDeskWhoBookedNotAServiceAccount() {
		String patient = Fixtures.screenedPatient(frontDesk, true);
		LocalDate date = day.plusDays(5);
		assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "INITIAL_EVALUATION", at(date, "08:00", DENVER))));
		assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "DRY_NEEDLING", at(date, "10:00", DENVER))));

		HttpResponse<String> audit = Stack.get(GATEWAY + "/api/patients/audit?patientId=" + patient, practiceAdmin);
		assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
		List<JsonNode> readinessReads = new ArrayList<>();
		Stack.body(audit).get("items").values().forEach((entry) -> {
			if (entry.get("action").asString().equals("READ_READINESS")) {
				readinessReads.add(entry);
			}
		});
		String frontDeskSubject = Stack.claims(frontDesk).get("sub").asString();
		assertThat(readinessReads).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.get("actorSubject").asString()).isEqualTo(frontDeskSubject));
	}

	@Test
	void anAtRiskEntryListsTheReasonsABookingWouldGive() {
		String patient = Fixtures.registeredPatient(frontDesk);
		HttpResponse<String> screened = PatientsHttp.post(PatientsHttp.API + "/" + patient + "/screenings",
				userToken("therapist"), PatientsHttp.screeningJson());
		assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
		String consent = Fixtures.consent(frontDesk, patient);
		LocalDate date = day.plusDays(6);
		assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "INITIAL_EVALUATION", at(date, "08:00", DENVER))));
		String needling = id(assertBooked(Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "DRY_NEEDLING", at(date, "10:00", DENVER)))));
		HttpResponse<String> revoked = PatientsHttp.post(
				PatientsHttp.API + "/" + patient + "/consents/" + consent + "/revocation", frontDesk,
				"{\"reason\": \"changed their mind\"}");
		assertThat(revoked.statusCode()).as(revoked.body()).isBetween(200, 201);

		List<String> atRisk = atRiskCodes(needling);
		HttpResponse<String> wouldBe = Http.post(APPOINTMENTS, frontDesk,
				booking(patient, therapistId, utahClinic, "DRY_NEEDLING", at(date, "11:00", DENVER)));

		assertThat(atRisk).containsExactly("CONSENT_REVOKED");
		assertThat(wouldBe.statusCode()).as(wouldBe.body()).isEqualTo(422);
		assertThat(codes(wouldBe)).isEqualTo(atRisk);
	}

	private static List<String> atRiskCodes(String appointmentId) {
		for (int page = 0; page < 200; page++) {
			HttpResponse<String> answer = Stack.get(APPOINTMENTS + "/at-risk?size=50&page=" + page, frontDesk);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			JsonNode body = Stack.body(answer);
			for (JsonNode item : body.get("appointments").values()) {
				if (item.get("appointmentId").asString().equals(appointmentId)) {
					return item.get("reasons")
						.values()
						.stream()
						.map((reason) -> reason.get("code").asString())
						.toList();
				}
			}
			if (!body.get("hasMore").asBoolean()) {
				break;
			}
		}
		throw new AssertionError("appointment " + appointmentId + " is not on the at-risk list");
	}

	private static Map<String, Object> booking(String patientId, String therapist, String clinicId, String type,
			String startsAt) {
		return Map.of("patientId", patientId, "therapistId", therapist, "clinicId", clinicId, "type", type, "startsAt",
				startsAt);
	}

	private static HttpResponse<String> assertBooked(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response;
	}

	private static String id(HttpResponse<String> response) {
		return Stack.body(response).get("id").asString();
	}

	private static String at(LocalDate date, String localTime, ZoneId zone) {
		return date.atTime(LocalTime.parse(localTime)).atZone(zone).toOffsetDateTime().toString();
	}

	private static List<String> codes(HttpResponse<String> refused) {
		return PatientsHttp.reasonCodes(refused);
	}

}
