package com.ptpractice.scheduling.clinics;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * A clinic is active or inactive; an inactive one takes no booking or reschedule; a
 * change carries the version it was read at and every field; its state and zone do not
 * change under visits ahead.
 */
class ClinicLifecycleIntegrationTests extends ApiIntegrationTestSupport {

	private static final String MONDAY_9 = "2026-06-01T09:00:00-06:00";

	UUID clinic;

	UUID therapist;

	@BeforeEach
	void clinicWithATherapistOnMondays() {
		this.clinic = openClinic("UT", "America/Denver");
		this.therapist = assignNewTherapist(this.clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
	}

	@Test
	void anInactiveClinicTakesNoBookingAndNoReschedule() {
		String booked = idOf(book(MONDAY_9).expectStatus().isCreated());
		put(Map.of("active", false, "version", 0)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);

		book("2026-06-01T11:00:00-06:00").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/clinic-inactive");
		this.client.post()
			.uri("/appointments/{id}/reschedule", booked)
			.headers(frontDesk())
			.body(Map.of("startsAt", "2026-06-01T12:00:00-06:00"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/clinic-inactive");

		put(Map.of("active", true, "version", 1)).expectStatus().isOk();
		book("2026-06-01T11:00:00-06:00").expectStatus().isCreated();
	}

	@Test
	void aChangeWithoutActiveOrVersionOrANameIs400NamingItAndChangesNothing() {
		Map<String, Object> withoutActive = clinic(Map.of("version", 0));
		withoutActive.remove("active");
		expectField(putBody(withoutActive), "active");
		Map<String, Object> withoutVersion = clinic(Map.of());
		expectField(putBody(withoutVersion), "version");
		Map<String, Object> withoutName = clinic(Map.of("version", 0));
		withoutName.remove("name");
		expectField(putBody(withoutName), "name");

		get().expectBody().jsonPath("$.version").isEqualTo(0).jsonPath("$.active").isEqualTo(true);
	}

	@Test
	void aStaleVersionIs409() {
		put(Map.of("version", 0)).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);

		put(Map.of("version", 0, "name", "Lost update")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/version-conflict");
		get().expectBody().jsonPath("$.name").isEqualTo("Changed");
	}

	@Test
	void stateOrZoneDoNotChangeUnderVisitsAhead() {
		String first = idOf(book(MONDAY_9).expectStatus().isCreated());
		book("2026-06-01T11:00:00-06:00").expectStatus().isCreated();

		put(Map.of("version", 0, "zoneId", "America/Phoenix")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/clinic-has-future-visits")
			.jsonPath("$.affectedVisits")
			.isEqualTo(2);
		put(Map.of("version", 0, "state", "CO")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.affectedVisits")
			.isEqualTo(2);
		put(Map.of("version", 0, "name", "Renamed")).expectStatus().isOk();

		this.client.post()
			.uri("/appointments/{id}/cancel", first)
			.headers(frontDesk())
			.body(Map.of("reason", "patient called"))
			.exchange()
			.expectStatus()
			.isOk();
		put(Map.of("version", 1, "state", "CO")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.affectedVisits")
			.isEqualTo(1);
	}

	@Test
	void stateAndZoneMayChangeWhenNoVisitLiesAhead() {
		put(Map.of("version", 0, "state", "CO", "zoneId", "America/Phoenix")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CO")
			.jsonPath("$.zoneId")
			.isEqualTo("America/Phoenix");
	}

	private ResponseSpec book(String startsAt) {
		return this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(Map.of("patientId", UUID.randomUUID(), "therapistId", this.therapist, "clinicId", this.clinic, "type",
					"FOLLOW_UP", "startsAt", startsAt))
			.exchange();
	}

	private ResponseSpec put(Map<String, Object> overrides) {
		return putBody(clinic(overrides));
	}

	private ResponseSpec putBody(Map<String, Object> body) {
		return this.client.put().uri("/clinics/{id}", this.clinic).headers(admin()).body(body).exchange();
	}

	private ResponseSpec get() {
		return this.client.get().uri("/clinics/{id}", this.clinic).headers(admin()).exchange();
	}

	private static Map<String, Object> clinic(Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>(Map.of("name", "Changed", "addressLine1", "1 Main St", "city",
				"Somewhere", "state", "UT", "postalCode", "80202", "phone", "303-555-0100", "zoneId", "America/Denver",
				"latitude", 39.74, "longitude", -104.99));
		body.put("active", true);
		body.putAll(overrides);
		return body;
	}

	private static String idOf(ResponseSpec response) {
		return response.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

	private static void expectField(ResponseSpec response, String field) {
		response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

}
