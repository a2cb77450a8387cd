package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
		String therapistId = therapist(admin);
		addVerifiedCredential(admin, therapistId, Map.of("kind", "STATE_LICENSE", "state", "UT", "number", "E2E-PT-1",
				"issuedOn", "2018-01-15", "expiresOn", "2040-12-31"));
		addVerifiedCredential(admin, therapistId,
				Map.of("kind", "DRY_NEEDLING_CERTIFICATION", "issuer", "E2E Dry Needling Institute", "trainingHours",
						54, "supervisedSessions", 250, "issuedOn", "2019-03-01"));
		addVerifiedCredential(admin, therapistId, Map.of("kind", "DRY_NEEDLING_ENDORSEMENT", "state", "UT", "number",
				"E2E-DN-1", "issuedOn", "2019-06-01"));
		return therapistId;
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
		List<Map<String, String>> hours = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.add(Map.of("dayOfWeek", day, "startTime", from, "endTime", until));
		}
		HttpResponse<String> assigned = Http.post(GATEWAY + "/api/scheduling/clinics/" + clinicId + "/assignments",
				admin, Map.of("therapistId", therapistId, "effectiveFrom", LocalDate.now(ZoneOffset.UTC).toString(),
						"hours", hours));
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
	}

}
