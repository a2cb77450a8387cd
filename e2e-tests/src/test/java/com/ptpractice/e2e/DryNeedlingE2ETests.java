package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the product, through the real gateway to the real services: a needling
 * visit is booked only when the state, the therapist, the patient and a prior evaluation
 * all allow it, and a refusal lists every reason at once.
 */
class DryNeedlingE2ETests {

	private static final String APPOINTMENTS = GATEWAY + "/api/scheduling/appointments";

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static String frontDesk;

	private static String therapistId;

	private static String utahClinic;

	private static String californiaClinic;

	private static String readyPatient;

	private static String unreadyPatient;

	private static LocalDate day;

	@BeforeAll
	static void practiceWithATherapistAndTwoPatients() {
		String practiceAdmin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		therapistId = Fixtures.utahReadyTherapist(userToken("credadmin"));
		utahClinic = Fixtures.clinic(practiceAdmin, "Salt Lake City", "UT", "84101", "America/Denver", 40.7608,
				-111.8910);
		californiaClinic = Fixtures.clinic(practiceAdmin, "Sacramento", "CA", "95814", "America/Los_Angeles", 38.5816,
				-121.4944);
		Fixtures.assignDaily(practiceAdmin, utahClinic, therapistId, "08:00", "12:00");
		Fixtures.assignDaily(practiceAdmin, californiaClinic, therapistId, "13:00", "17:00");
		readyPatient = Fixtures.screenedPatient(frontDesk, true);
		unreadyPatient = Fixtures.screenedPatient(frontDesk, false, "SEVERE_NEEDLE_FEAR");
		// within the 90 days the screening made today stays valid
		day = LocalDate.now(DENVER).plusDays(10 + (int) (Math.random() * 60));
	}

	@Test
	void aReadyPatientIsBookedForNeedlingOnlyAfterAnInitialEvaluation() {
		HttpResponse<String> tooEarly = book(readyPatient, utahClinic, "DRY_NEEDLING", at(day, "10:00", DENVER));
		assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(422);
		assertThat(codes(tooEarly)).containsExactly("NO_PRIOR_EVALUATION");

		HttpResponse<String> evaluation = book(readyPatient, utahClinic, "INITIAL_EVALUATION",
				at(day, "08:00", DENVER));
		assertThat(evaluation.statusCode()).as(evaluation.body()).isEqualTo(201);

		HttpResponse<String> needling = book(readyPatient, utahClinic, "DRY_NEEDLING", at(day, "10:00", DENVER));
		assertThat(needling.statusCode()).as(needling.body()).isEqualTo(201);
		assertThat(Stack.body(needling).get("type").asString()).isEqualTo("DRY_NEEDLING");
	}

	@Test
	void californiaRefusesAtTheGatewayWithTheStatesReason() {
		HttpResponse<String> refused = book(readyPatient, californiaClinic, "DRY_NEEDLING",
				at(day.plusDays(1), "14:00", LOS_ANGELES));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(Stack.body(refused).get("type").asString())
			.isEqualTo("https://ptpractice.example/problems/dry-needling-not-allowed");
		assertThat(codes(refused)).contains("STATE_PROHIBITS_DRY_NEEDLING");
	}

	@Test
	void aPatientWithoutConsentAndWithAnUnclearedFlagGetsEveryReasonAtOnce() {
		HttpResponse<String> refused = book(unreadyPatient, utahClinic, "DRY_NEEDLING",
				at(day.plusDays(2), "09:00", DENVER));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(codes(refused)).contains("CONSENT_MISSING", "CONTRAINDICATION_NOT_CLEARED");
	}

	@Test
	void aFollowUpNeedsNoNeedlingChecks() {
		HttpResponse<String> booked = book(unreadyPatient, utahClinic, "FOLLOW_UP",
				at(day.plusDays(3), "08:00", DENVER));

		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
	}

	private static HttpResponse<String> book(String patientId, String clinicId, String type, String startsAt) {
		return Http.post(APPOINTMENTS, frontDesk, Map.of("patientId", patientId, "therapistId", therapistId, "clinicId",
				clinicId, "type", type, "startsAt", startsAt), UUID.randomUUID().toString());
	}

	private static String at(LocalDate date, String localTime, ZoneId zone) {
		return date.atTime(LocalTime.parse(localTime)).atZone(zone).toOffsetDateTime().toString();
	}

	private static List<String> codes(HttpResponse<String> refused) {
		return PatientsHttp.reasonCodes(refused);
	}

}
