package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data made through the gateway, as the people who own it would make it.
 */
final class Fixtures {

	private Fixtures() {
	}

	/** A new therapist (as the credentialing administrator); returns the id. */
	static String therapist(String admin) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = Http.post(GATEWAY + "/api/credentialing/therapists", admin,
				Map.of("npi", Http.randomNpi(), "firstName", "E2E", "lastName", "Therapist " + suffix, "email",
						"e2e-" + suffix + "@demo.ptpractice.example"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).isPresent();
		return body(created).get("id").asString();
	}

	/** A therapist with a verified Utah license, certification and registration. */
	static String utahReadyTherapist(String admin) {
		return therapistWith(admin, license("UT", "2040-12-31"), certification(54, null), endorsement("UT"));
	}

	/** A new therapist with each credential added and verified. */
	@SafeVarargs
	static String therapistWith(String admin, Map<String, Object>... credentials) {
		String therapistId = therapist(admin);
		for (Map<String, Object> credential : credentials) {
			addVerifiedCredential(admin, therapistId, credential);
		}
		return therapistId;
	}

	static Map<String, Object> license(String state, String expiresOn) {
		return Map.of("kind", "STATE_LICENSE", "state", state, "number", "E2E-PT-" + state, "issuedOn", "2018-01-15",
				"expiresOn", expiresOn);
	}

	/**
	 * A dry-needling certification; without an expiry date when {@code expiresOn} is
	 * null.
	 */
	static Map<String, Object> certification(int trainingHours, String expiresOn) {
		Map<String, Object> certification = new LinkedHashMap<>(
				Map.of("kind", "DRY_NEEDLING_CERTIFICATION", "issuer", "E2E Dry Needling Institute", "trainingHours",
						trainingHours, "supervisedSessions", 250, "issuedOn", "2019-03-01"));
		if (expiresOn != null) {
			certification.put("expiresOn", expiresOn);
		}
		return certification;
	}

	static Map<String, Object> endorsement(String state) {
		return Map.of("kind", "DRY_NEEDLING_ENDORSEMENT", "state", state, "number", "E2E-DN-" + state, "issuedOn",
				"2019-06-01");
	}

	/** Adds a credential and leaves it pending verification; returns its id. */
	static String addPendingCredential(String admin, String therapistId, Map<String, Object> credential) {
		HttpResponse<String> added = Http
			.post(GATEWAY + "/api/credentialing/therapists/" + therapistId + "/credentials", admin, credential);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		return body(added).get("id").asString();
	}

	/**
	 * A newly registered patient, screened by the demo therapist (with the given
	 * contraindications flagged and not cleared); with consent signed a minute ago when
	 * {@code consented}. Returns the id.
	 */
	static String screenedPatient(String frontDesk, boolean consented, String... flagged) {
		String id = registeredPatient(frontDesk);
		HttpResponse<String> screened = PatientsHttp.post(PatientsHttp.API + "/" + id + "/screenings",
				Stack.userToken("therapist"), PatientsHttp.screeningJson(flagged));
		assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);
		if (consented) {
			consent(frontDesk, id);
		}
		return id;
	}

	static String registeredPatient(String frontDesk) {
		HttpResponse<String> registered = PatientsHttp.post(PatientsHttp.API, frontDesk, PatientsHttp.newPatientJson());
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return PatientsHttp.field(registered, "id");
	}

	/** Records the patient's consent, signed a minute ago; returns the consent's id. */
	static String consent(String frontDesk, String patientId) {
		HttpResponse<String> consented = PatientsHttp.post(PatientsHttp.API + "/" + patientId + "/consents", frontDesk,
				PatientsHttp.consentJson(Instant.now().minus(1, ChronoUnit.MINUTES)));
		assertThat(consented.statusCode()).as(consented.body()).isEqualTo(201);
		return PatientsHttp.field(consented, "id");
	}

	static void addVerifiedCredential(String admin, String therapistId, Map<String, Object> credential) {
		String credentials = GATEWAY + "/api/credentialing/therapists/" + therapistId + "/credentials";
		HttpResponse<String> added = Http.post(credentials, admin, credential);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode created = body(added);
		Map<String, Object> verification = new LinkedHashMap<>();
		verification.put("outcome", "VERIFIED");
		verification.put("primarySource", "E2E primary source");
		verification.put("version", created.get("version").asInt());
		HttpResponse<String> verified = Http.post(credentials + "/" + created.get("id").asString() + "/verification",
				admin, verification);
		assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
		assertThat(body(verified).get("verification").get("status").asString()).isEqualTo("VERIFIED");
	}

	/** A new clinic (as the practice administrator); returns the id. */
	static String clinic(String admin, String city, String state, String postalCode, String zoneId, double latitude,
			double longitude) {
		HttpResponse<String> opened = Http.post(GATEWAY + "/api/scheduling/clinics", admin,
				Map.of("name", "E2E " + city + " " + UUID.randomUUID(), "addressLine1", "1 Main St", "city", city,
						"state", state, "postalCode", postalCode, "phone", "801-555-0100", "zoneId", zoneId, "latitude",
						latitude, "longitude", longitude));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return body(opened).get("id").asString();
	}

	/** The therapist works at the clinic every day between the clinic-local times. */
	static void assignDaily(String admin, String clinicId, String therapistId, String from, String until) {
		assign(admin, clinicId, therapistId, everyDay(from, until));
	}

	static List<Map<String, String>> everyDay(String from, String until) {
		List<Map<String, String>> hours = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.add(Map.of("dayOfWeek", day, "startTime", from, "endTime", until));
		}
		return hours;
	}

	/**
	 * The therapist works at the clinic in these weekly hours (clinic-local), from today.
	 */
	static void assign(String admin, String clinicId, String therapistId, List<Map<String, String>> hours) {
		HttpResponse<String> assigned = Http.post(GATEWAY + "/api/scheduling/clinics/" + clinicId + "/assignments",
				admin, Map.of("therapistId", therapistId, "effectiveFrom", LocalDate.now(ZoneOffset.UTC).toString(),
						"hours", hours));
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
	}

}
