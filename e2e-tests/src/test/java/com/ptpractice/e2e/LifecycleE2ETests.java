package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 where the user meets it, through the gateway with real tokens: an evaluation a
 * needling visit depends on stays; an inactive clinic takes no booking and a clinic
 * change carries its version and every field; a therapist cannot mark their own visit
 * weeks ahead a no-show, nor another therapist's; a credential reactivated goes back to
 * pending, and only verified licenses in good standing count toward the years.
 */
class LifecycleE2ETests {

	private static final String APPOINTMENTS = GATEWAY + "/api/scheduling/appointments";

	private static final String CLINICS = GATEWAY + "/api/scheduling/clinics";

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static String frontDesk;

	private static String practiceAdmin;

	private static String credentialingAdmin;

	private static String therapistId;

	private static String utahClinic;

	private static LocalDate day;

	@BeforeAll
	static void aUtahClinicWithAReadyTherapist() {
		practiceAdmin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		credentialingAdmin = userToken("credadmin");
		therapistId = Fixtures.utahReadyTherapist(credentialingAdmin);
		utahClinic = Fixtures.clinic(practiceAdmin, "Logan", "UT", "84321", "America/Denver", 41.7370, -111.8338);
		Fixtures.assignDaily(practiceAdmin, utahClinic, therapistId, "08:00", "17:00");
		// within the screening's 90 days
		day = LocalDate.now(DENVER).plusDays(5 + (int) (Math.random() * 40));
	}

	@Test
	void cancellingTheEvaluationANeedlingVisitDependsOnIs409NamingTheVisit() {
		String patient = Fixtures.screenedPatient(frontDesk, true);
		String evaluation = id(booked(patient, therapistId, utahClinic, "INITIAL_EVALUATION", at(day, "08:00")));
		String needling = id(booked(patient, therapistId, utahClinic, "DRY_NEEDLING", at(day, "10:00")));

		HttpResponse<String> refused = Http.post(APPOINTMENTS + "/" + evaluation + "/cancel", frontDesk,
				Map.of("reason", "patient called"));
		HttpResponse<String> movedAway = Http.post(APPOINTMENTS + "/" + evaluation + "/reschedule", frontDesk,
				Map.of("startsAt", at(day.plusDays(1), "08:00")));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(body(refused).get("type").asString()).endsWith("/problems/evaluation-still-needed");
		assertThat(body(refused).get("dependentVisits").values().stream().map(JsonNode::asString).toList())
			.containsExactly(needling);
		assertThat(movedAway.statusCode()).as(movedAway.body()).isEqualTo(409);

		ok(Http.post(APPOINTMENTS + "/" + needling + "/cancel", frontDesk, Map.of("reason", "patient called")));
		ok(Http.post(APPOINTMENTS + "/" + evaluation + "/cancel", frontDesk, Map.of("reason", "patient called")));
	}

	@Test
	void aDeactivatedClinicTakesNoBookingAndAChangeCarriesItsVersionAndEveryField() {
		String clinic = Fixtures.clinic(practiceAdmin, "Provo", "UT", "84601", "America/Denver", 40.2338, -111.6585);
		String therapist = Fixtures.therapist(credentialingAdmin);
		Fixtures.assignDaily(practiceAdmin, clinic, therapist, "08:00", "17:00");
		JsonNode read = body(Stack.get(CLINICS + "/" + clinic, practiceAdmin));

		Map<String, Object> withoutActive = clinicBody(read, Map.of());
		withoutActive.remove("active");
		HttpResponse<String> missingActive = Http.put(CLINICS + "/" + clinic, practiceAdmin, withoutActive);
		assertThat(missingActive.statusCode()).as(missingActive.body()).isEqualTo(400);
		assertThat(missingActive.body()).contains("active");

		ok(Http.put(CLINICS + "/" + clinic, practiceAdmin, clinicBody(read, Map.of("active", false))));
		HttpResponse<String> stale = Http.put(CLINICS + "/" + clinic, practiceAdmin,
				clinicBody(read, Map.of("active", true)));
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

		HttpResponse<String> refused = Http.post(APPOINTMENTS, frontDesk,
				booking(Fixtures.registeredPatient(frontDesk), therapist, clinic, "FOLLOW_UP", at(day, "09:00")));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(body(refused).get("type").asString()).endsWith("/problems/clinic-inactive");
	}

	@Test
	void aClinicsZoneDoesNotChangeUnderVisitsAhead() {
		String clinic = Fixtures.clinic(practiceAdmin, "Ogden", "UT", "84401", "America/Denver", 41.2230, -111.9738);
		String therapist = Fixtures.therapist(credentialingAdmin);
		Fixtures.assignDaily(practiceAdmin, clinic, therapist, "08:00", "17:00");
		booked(Fixtures.registeredPatient(frontDesk), therapist, clinic, "FOLLOW_UP", at(day, "09:00"));
		JsonNode read = body(Stack.get(CLINICS + "/" + clinic, practiceAdmin));

		HttpResponse<String> refused = Http.put(CLINICS + "/" + clinic, practiceAdmin,
				clinicBody(read, Map.of("zoneId", "America/Boise")));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(body(refused).get("type").asString()).endsWith("/problems/clinic-has-future-visits");
		assertThat(body(refused).get("affectedVisits").asInt()).isEqualTo(1);
	}

	@Test
	void aTherapistCannotMarkTheirOwnVisitWeeksAheadANoShowNorAnotherTherapistsVisit() {
		String therapistLogin = userToken("therapist");
		HttpResponse<String> me = Stack.get(GATEWAY + "/api/credentialing/therapists/me", therapistLogin);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		String own = bookOwnVisitAtTheDemoSaltLakeCityClinic(body(me).get("id").asString());
		String others = id(
				booked(Fixtures.registeredPatient(frontDesk), therapistId, utahClinic, "FOLLOW_UP", at(day, "15:00")));

		HttpResponse<String> tooEarly = Http.post(APPOINTMENTS + "/" + own + "/no-show", therapistLogin, Map.of());
		HttpResponse<String> notTheirs = Http.post(APPOINTMENTS + "/" + others + "/no-show", therapistLogin, Map.of());
		HttpResponse<String> notTheirsEither = Http.post(APPOINTMENTS + "/" + others + "/complete", therapistLogin,
				Map.of());

		assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
		assertThat(body(tooEarly).get("type").asString()).endsWith("/problems/visit-not-started");
		assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(403);
		assertThat(body(notTheirs).get("type").asString()).endsWith("/problems/not-your-visit");
		assertThat(notTheirsEither.statusCode()).as(notTheirsEither.body()).isEqualTo(403);
		assertThat(body(Stack.get(APPOINTMENTS + "/" + own, frontDesk)).get("status").asString()).isEqualTo("BOOKED");
	}

	@Test
	void aReactivatedLicenseGoesBackToPendingAndOnlyVerifiedActiveLicensesCountTowardTheYears() {
		String therapist = Fixtures.therapistWith(credentialingAdmin, Fixtures.certification(54, null),
				Fixtures.endorsement("UT"));
		String recent = LocalDate.now(DENVER).minusYears(1).toString();
		JsonNode license = verified(therapist, Map.of("kind", "STATE_LICENSE", "state", "UT", "number",
				"E2E-RECENT-" + UUID.randomUUID().toString().substring(0, 8), "issuedOn", recent));
		Fixtures.addPendingCredential(credentialingAdmin, therapist, Map.of("kind", "STATE_LICENSE", "state", "UT",
				"number", "E2E-OLD-" + UUID.randomUUID().toString().substring(0, 8), "issuedOn", "2010-01-15"));

		HttpResponse<String> decision = Stack.get(GATEWAY + "/api/credentialing/eligibility/dry-needling?therapistId="
				+ therapist + "&state=UT&at=" + at(day, "09:00").replace("+", "%2B"), frontDesk);
		assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);
		assertThat(body(decision).get("reasons").values().stream().map((r) -> r.get("code").asString()).toList())
			.contains("TOO_FEW_YEARS_LICENSED");

		String uri = GATEWAY + "/api/credentialing/therapists/" + therapist + "/credentials/"
				+ license.get("id").asString();
		JsonNode revoked = body(ok(Http.put(uri, credentialingAdmin, licenseUpdate(license, "REVOKED"))));
		JsonNode reactivated = body(ok(Http.put(uri, credentialingAdmin, licenseUpdate(revoked, "ACTIVE"))));
		assertThat(reactivated.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(reactivated.get("verification").get("status").asString()).isEqualTo("PENDING");
	}

	/**
	 * A follow-up of the demo therapist's login at the demo clinic, three weeks or more
	 * ahead.
	 */
	private static String bookOwnVisitAtTheDemoSaltLakeCityClinic(String ownTherapistId) {
		String clinic = null;
		for (JsonNode found : body(Stack.get(CLINICS + "?state=UT&size=200", frontDesk)).get("content").values()) {
			if (found.get("name").asString().equals("PT Demo Salt Lake City")) {
				clinic = found.get("id").asString();
			}
		}
		assertThat(clinic).as("the demo data's Salt Lake City clinic").isNotNull();
		List<String> tried = new ArrayList<>();
		for (int attempt = 0; attempt < 20; attempt++) {
			LocalDate date = LocalDate.now(DENVER).plusDays(21 + (int) (Math.random() * 40));
			while (date.getDayOfWeek().getValue() > 5) {
				date = date.plusDays(1);
			}
			String time = LocalTime.of(8, 0).plusMinutes(15L * (int) (Math.random() * 12)).toString();
			HttpResponse<String> answer = Http.post(APPOINTMENTS, frontDesk, booking(
					Fixtures.registeredPatient(frontDesk), ownTherapistId, clinic, "FOLLOW_UP", at(date, time)));
			if (answer.statusCode() == 201) {
				return id(answer);
			}
			tried.add(answer.statusCode() + " " + answer.body());
		}
		throw new AssertionError("no free slot for the demo therapist: " + tried);
	}

	private static JsonNode verified(String therapist, Map<String, Object> credential) {
		String credentials = GATEWAY + "/api/credentialing/therapists/" + therapist + "/credentials";
		JsonNode created = body(Http.post(credentials, credentialingAdmin, credential));
		Map<String, Object> verification = Map.of("outcome", "VERIFIED", "primarySource", "E2E primary source",
				"version", created.get("version").asInt());
		return body(ok(Http.post(credentials + "/" + created.get("id").asString() + "/verification", credentialingAdmin,
				verification)));
	}

	private static Map<String, Object> licenseUpdate(JsonNode license, String status) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("state", license.get("state").asString());
		update.put("number", license.get("number").asString());
		update.put("issuedOn", license.get("issuedOn").asString());
		update.put("status", status);
		update.put("version", license.get("version").asInt());
		return update;
	}

	private static Map<String, Object> clinicBody(JsonNode clinic, Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>();
		for (String field : List.of("name", "addressLine1", "city", "state", "postalCode", "phone", "zoneId")) {
			body.put(field, clinic.get(field).asString());
		}
		body.put("latitude", clinic.get("latitude").asDouble());
		body.put("longitude", clinic.get("longitude").asDouble());
		body.put("active", clinic.get("active").asBoolean());
		body.put("version", clinic.get("version").asInt());
		body.putAll(overrides);
		return body;
	}

	private static HttpResponse<String> booked(String patient, String therapist, String clinic, String type,
			String startsAt) {
		return ok201(Http.post(APPOINTMENTS, frontDesk, booking(patient, therapist, clinic, type, startsAt)));
	}

	private static Map<String, Object> booking(String patientId, String therapist, String clinicId, String type,
			String startsAt) {
		return Map.of("patientId", patientId, "therapistId", therapist, "clinicId", clinicId, "type", type, "startsAt",
				startsAt);
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static HttpResponse<String> ok201(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response;
	}

	private static String id(HttpResponse<String> response) {
		return body(response).get("id").asString();
	}

	private static String at(LocalDate date, String localTime) {
		return date.atTime(LocalTime.parse(localTime)).atZone(DENVER).toOffsetDateTime().toString();
	}

}
