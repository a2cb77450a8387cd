package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static com.ptpractice.e2e.PatientsHttp.API;
import static com.ptpractice.e2e.PatientsHttp.consentJson;
import static com.ptpractice.e2e.PatientsHttp.delete;
import static com.ptpractice.e2e.PatientsHttp.field;
import static com.ptpractice.e2e.PatientsHttp.newPatientJson;
import static com.ptpractice.e2e.PatientsHttp.post;
import static com.ptpractice.e2e.PatientsHttp.put;
import static com.ptpractice.e2e.PatientsHttp.readiness;
import static com.ptpractice.e2e.PatientsHttp.reasonCodes;
import static com.ptpractice.e2e.PatientsHttp.screeningJson;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.get;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patients through the gateway with real Keycloak tokens: registration, consent,
 * screening and clearance, the readiness decision the booking checks ask for, who may see
 * what, and the patient portal's own record.
 */
class PatientE2ETests {

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	/** The demo user {@code patient} in the realm file. */
	private static final String DEMO_PATIENT_SUBJECT = "a1b2c3d4-0000-4000-8000-000000000005";

	private static final String PROBLEMS = "https://ptpractice.example/problems/";

	@Test
	void readinessFollowsConsentScreeningAndClearance() {
		String frontDesk = userToken("frontdesk");
		String therapist = userToken("therapist");
		String gateway = gatewayToken();
		Instant appointment = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		String id = register(frontDesk);

		assertThat(reasonCodes(readiness(id, appointment, gateway))).containsExactly("CONSENT_MISSING",
				"SCREENING_MISSING");

		assertThat(post(API + "/" + id + "/consents", frontDesk, consentJson(Instant.now().minusSeconds(300)))
			.statusCode()).isEqualTo(201);
		assertThat(post(API + "/" + id + "/screenings", therapist, screeningJson()).statusCode()).isEqualTo(201);

		HttpResponse<String> ready = readiness(id, appointment, gateway);
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(body(ready).get("eligible").asBoolean()).isTrue();
		assertThat(field(ready, "ruleVersion")).isEqualTo("PATIENT-READINESS-2");
		assertThat(field(ready, "evaluatedAt")).isEqualTo(appointment.toString());

		HttpResponse<String> flagged = post(API + "/" + id + "/screenings", therapist,
				screeningJson("BLEEDING_DISORDER_OR_ANTICOAGULANTS"));
		assertThat(flagged.statusCode()).isEqualTo(201);
		HttpResponse<String> blocked = readiness(id, appointment, gateway);
		assertThat(body(blocked).get("eligible").asBoolean()).isFalse();
		assertThat(reasonCodes(blocked)).containsExactly("CONTRAINDICATION_NOT_CLEARED");
		assertThat(blocked.body()).contains("Bleeding disorder or anticoagulants");

		HttpResponse<String> clearance = post(API + "/" + id + "/screenings/" + field(flagged, "id") + "/clearances",
				therapist,
				"{\"contraindications\": [\"BLEEDING_DISORDER_OR_ANTICOAGULANTS\"], \"note\": \"INR in range\"}");
		assertThat(clearance.statusCode()).isEqualTo(201);
		assertThat(body(readiness(id, appointment, gateway)).get("eligible").asBoolean()).isTrue();
		assertThat(body(readiness(id, appointment, schedulingToken())).get("eligible").asBoolean()).isTrue();
	}

	@Test
	void eachRoleSeesOnlyWhatItMay() {
		String frontDesk = userToken("frontdesk");
		String id = register(frontDesk);

		assertThat(get(API + "/" + id, userToken("therapist")).statusCode()).isEqualTo(200);
		assertForbidden(get(API + "/" + id, userToken("credadmin")));
		// a practice administrator's screens name patients: a read, audited like any
		// other
		assertThat(get(API + "/" + id, userToken("practiceadmin")).statusCode()).isEqualTo(200);
		assertForbidden(post(API, userToken("therapist"), newPatientJson()));
		assertForbidden(post(API + "/" + id + "/screenings", frontDesk, screeningJson()));
		assertForbidden(get(API + "/audit?patientId=" + id, frontDesk));

		HttpResponse<String> audit = get(API + "/audit?patientId=" + id, userToken("practiceadmin"));
		assertThat(audit.statusCode()).isEqualTo(200);
		assertThat(audit.body()).contains("\"REGISTER\"", "\"READ\"");
	}

	@Test
	void badInputIsA400NamingTheField() {
		HttpResponse<String> response = post(API, userToken("frontdesk"),
				newPatientJson().replace("\"state\": \"UT\"", "\"state\": \"XX\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("address.state");
	}

	@Test
	void theDemoPatientSeesTheirOwnRecordAndNoOtherPatients() {
		String frontDesk = userToken("frontdesk");
		String patient = userToken("patient");
		unlinkWhateverRecordTheDemoPatientHas(frontDesk, patient);
		String own = register(frontDesk);
		String other = register(frontDesk);

		HttpResponse<String> link = put(API + "/" + own + "/login", frontDesk,
				"{\"subject\": \"" + DEMO_PATIENT_SUBJECT + "\"}");
		assertThat(link.statusCode()).isEqualTo(204);

		HttpResponse<String> me = get(API + "/me", patient);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(field(me, "id")).isEqualTo(own);
		assertThat(get(API + "/" + own, patient).statusCode()).isEqualTo(200);

		HttpResponse<String> notTheirs = get(API + "/" + other, patient);
		assertThat(notTheirs.statusCode()).isEqualTo(404);
		assertThat(field(notTheirs, "type")).isEqualTo(PROBLEMS + "patient-not-found");
		assertThat(readiness(other, Instant.now().plus(Duration.ofDays(1)), patient).statusCode()).isEqualTo(404);

		String appointments = Stack.GATEWAY + "/api/scheduling/appointments";
		String ownVisit = followUp(frontDesk, own, "08:00");
		followUp(frontDesk, other, "09:00");
		HttpResponse<String> mine = get(appointments, patient);
		assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
		assertThat(body(mine).values()).extracting((visit) -> visit.get("id").asString()).containsExactly(ownVisit);
		assertThat(get(appointments + "?patientId=" + other, patient).statusCode()).isEqualTo(404);
		assertThat(get(appointments + "/" + ownVisit, patient).statusCode()).isEqualTo(403);
	}

	/** A follow-up for the patient at a new clinic next week; returns its id. */
	private static String followUp(String frontDesk, String patientId, String localTime) {
		String admin = userToken("practiceadmin");
		String therapist = Fixtures.therapist(userToken("credadmin"));
		String clinic = Fixtures.clinic(admin, "Layton", "UT", "84041", "America/Denver", 41.06, -111.97);
		Fixtures.assignDaily(admin, clinic, therapist, "08:00", "12:00");
		String startsAt = LocalDate.now(DENVER)
			.plusDays(7)
			.atTime(LocalTime.parse(localTime))
			.atZone(DENVER)
			.toOffsetDateTime()
			.toString();
		HttpResponse<String> booked = Http.post(
				Stack.GATEWAY + "/api/scheduling/appointments", frontDesk, Map.of("patientId", patientId, "therapistId",
						therapist, "clinicId", clinic, "type", "FOLLOW_UP", "startsAt", startsAt),
				UUID.randomUUID().toString());
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		return field(booked, "id");
	}

	private static void unlinkWhateverRecordTheDemoPatientHas(String frontDesk, String patient) {
		HttpResponse<String> me = get(API + "/me", patient);
		if (me.statusCode() == 200) {
			assertThat(delete(API + "/" + field(me, "id") + "/login", frontDesk).statusCode()).isEqualTo(204);
		}
		else {
			assertThat(me.statusCode()).isEqualTo(404);
		}
	}

	private static String register(String frontDeskToken) {
		HttpResponse<String> created = post(API, frontDeskToken, newPatientJson());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(field(created, "mrn")).matches("P[0-9]{7}-[0-9]");
		return field(created, "id");
	}

	private static void assertForbidden(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(field(response, "type")).isEqualTo(PROBLEMS + "forbidden");
	}

	private static String gatewayToken() {
		return Stack.serviceToken("gateway",
				System.getenv().getOrDefault("GATEWAY_CLIENT_SECRET", "gateway-demo-secret"));
	}

	private static String schedulingToken() {
		return Stack.serviceToken("scheduling-service",
				System.getenv().getOrDefault("SCHEDULING_CLIENT_SECRET", "scheduling-demo-secret"));
	}

}
