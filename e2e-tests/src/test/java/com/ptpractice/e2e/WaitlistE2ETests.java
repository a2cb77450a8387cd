package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's waitlist through the gateway with real tokens and the real services: a
 * cancelled visit is held for the first waiting patient only, no one else can book it
 * meanwhile, and the front desk confirms it; a needling entry is offered only what the
 * one decision allows, and its confirmation passes the gateway's needling guard; only the
 * front desk and practice administrators reach the waitlist.
 */
class WaitlistE2ETests {

	private static final String APPOINTMENTS = GATEWAY + "/api/scheduling/appointments";

	private static final String WAITLIST = GATEWAY + "/api/scheduling/waitlist";

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static String frontDesk;

	private static String therapistId;

	private static String clinic;

	private static LocalDate day;

	@BeforeAll
	static void aUtahClinicWithAReadyTherapist() {
		String practiceAdmin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		therapistId = Fixtures.utahReadyTherapist(userToken("credadmin"));
		clinic = Fixtures.clinic(practiceAdmin, "Park City", "UT", "84060", "America/Denver", 40.6461, -111.4980);
		Fixtures.assignDaily(practiceAdmin, clinic, therapistId, "08:00", "17:00");
		// within the screening's 90 days, on a weekday
		LocalDate date = LocalDate.now(DENVER).plusDays(7 + (int) (Math.random() * 40));
		while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = date.plusDays(1);
		}
		day = date;
	}

	@Test
	void aCancelledVisitIsHeldForTheFirstWaitingPatientOnlyAndTheFrontDeskConfirmsIt() {
		String visit = booked(Fixtures.registeredPatient(frontDesk), "FOLLOW_UP", at("09:00"));
		String firstPatient = Fixtures.registeredPatient(frontDesk);
		String first = added(firstPatient, "FOLLOW_UP", "08:00", "10:00");
		String second = added(Fixtures.registeredPatient(frontDesk), "FOLLOW_UP", "08:00", "10:00");

		ok(Http.post(APPOINTMENTS + "/" + visit + "/cancel", frontDesk, Map.of("reason", "patient called")));

		List<JsonNode> offered = offersOf(first);
		assertThat(offered).hasSize(1);
		assertThat(offered.get(0).get("status").asString()).isEqualTo("HELD");
		assertThat(offersOf(second)).isEmpty();
		HttpResponse<String> taken = Http.post(APPOINTMENTS, frontDesk,
				booking(Fixtures.registeredPatient(frontDesk), "FOLLOW_UP", at("09:00")));
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);

		JsonNode confirmed = body(ok(
				Http.post(WAITLIST + "/offers/" + offered.get(0).get("id").asString() + "/confirm", frontDesk, null)));

		assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
		JsonNode appointment = body(
				ok(Stack.get(APPOINTMENTS + "/" + confirmed.get("appointmentId").asString(), frontDesk)));
		assertThat(appointment.get("patientId").asString()).isEqualTo(firstPatient);
		assertThat(appointment.get("status").asString()).isEqualTo("BOOKED");
		assertThat(body(ok(Stack.get(WAITLIST + "/entries/" + first, frontDesk))).get("status").asString())
			.isEqualTo("BOOKED");
	}

	@Test
	void aNeedlingEntryIsOfferedOnlyWhatTheOneDecisionAllowsAndItsConfirmationPassesTheGuard() {
		String unready = Fixtures.screenedPatient(frontDesk, false);
		String ready = Fixtures.screenedPatient(frontDesk, true);
		booked(ready, "INITIAL_EVALUATION", at("11:00"));
		String visit = booked(Fixtures.registeredPatient(frontDesk), "FOLLOW_UP", at("14:00"));
		String refused = added(unready, "DRY_NEEDLING", "13:00", "16:00");
		String allowed = added(ready, "DRY_NEEDLING", "13:00", "16:00");

		ok(Http.post(APPOINTMENTS + "/" + visit + "/cancel", frontDesk, Map.of("reason", "patient called")));

		assertThat(offersOf(refused)).isEmpty();
		List<JsonNode> offered = offersOf(allowed);
		assertThat(offered).hasSize(1);
		assertThat(offered.get(0).get("type").asString()).isEqualTo("DRY_NEEDLING");
		JsonNode confirmed = body(ok(
				Http.post(WAITLIST + "/offers/" + offered.get(0).get("id").asString() + "/confirm", frontDesk, null)));
		assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void otherRolesAreRefusedWithoutLearningAnything() {
		String patient = Fixtures.registeredPatient(frontDesk);
		String entry = added(patient, "FOLLOW_UP", "16:00", "17:00");
		for (String login : List.of("therapist", "credadmin", "patient")) {
			String token = userToken(login);
			HttpResponse<String> list = Stack.get(WAITLIST + "/offers", token);
			HttpResponse<String> one = Stack.get(WAITLIST + "/entries/" + entry, token);
			assertThat(list.statusCode()).as(login + ": " + list.body()).isEqualTo(403);
			assertThat(one.statusCode()).as(login + ": " + one.body()).isEqualTo(403);
			assertThat(one.body()).doesNotContain(patient).doesNotContain("FOLLOW_UP");
			assertThat(list.body()).doesNotContain(patient);
		}
	}

	private static String added(String patient, String type, String earliest, String latest) {
		HttpResponse<String> added = Http.post(WAITLIST + "/entries", frontDesk,
				Map.of("patientId", patient, "type", type, "fromDate", day.toString(), "toDate", day.toString(),
						"earliestTime", earliest, "latestTime", latest, "clinicIds", List.of(clinic)));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		return body(added).get("id").asString();
	}

	private static List<JsonNode> offersOf(String entry) {
		return body(ok(Stack.get(WAITLIST + "/entries/" + entry + "/offers", frontDesk))).values().stream().toList();
	}

	private static String booked(String patient, String type, String startsAt) {
		HttpResponse<String> booked = Http.post(APPOINTMENTS, frontDesk, booking(patient, type, startsAt));
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		return body(booked).get("id").asString();
	}

	private static Map<String, Object> booking(String patient, String type, String startsAt) {
		return Map.of("patientId", patient, "therapistId", therapistId, "clinicId", clinic, "type", type, "startsAt",
				startsAt);
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static String at(String localTime) {
		return day.atTime(LocalTime.parse(localTime)).atZone(DENVER).toOffsetDateTime().toString();
	}

}
