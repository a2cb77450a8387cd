package com.ptpractice.scheduling.clinics;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ClinicsAndAssignmentsIntegrationTests extends ApiIntegrationTestSupport {

	private static final String WEEKDAY_MORNINGS = """
			[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"12:00"}]""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorOpensAClinicThatStaffCanReadAndListByState() {
		UUID id = openClinic("DC", "America/New_York");

		this.client.get()
			.uri("/clinics/{id}", id)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("DC")
			.jsonPath("$.zoneId")
			.isEqualTo("America/New_York");
		this.client.get()
			.uri("/clinics?state=DC&size=200")
			.headers(as(Roles.SERVICE))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[?(@.id == '" + id + "')].name")
			.exists()
			.jsonPath("$.totalElements")
			.isNumber();
	}

	@Test
	void unknownZoneOrStateIsA400NamingTheFieldAndStoresNothing() {
		long before = clinics();
		expectField(open(Map.of("zoneId", "Mars/Olympus_Mons")), "zoneId");
		expectField(open(Map.of("zoneId", "+05:00")), "zoneId");
		expectField(open(Map.of("state", "XX")), "state");
		expectField(open(Map.of("state", "Colorado")), "state");
		this.client.get().uri("/clinics?state=ZZ").headers(frontDesk()).exchange().expectStatus().isBadRequest();
		assertThat(clinics()).isEqualTo(before);
	}

	@Test
	void anUnknownClinicIs404() {
		this.client.get()
			.uri("/clinics/{id}", UUID.randomUUID())
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void onlyPracticeAdministratorsOpenClinics() {
		this.client.post()
			.uri("/clinics")
			.headers(frontDesk())
			.body(clinic(Map.of()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aTherapistCannotWorkAtTwoClinicsInTheSameHour() {
		UUID denver = openClinic("CO", "America/Denver");
		UUID phoenix = openClinic("AZ", "America/Phoenix");
		UUID therapist = UUID.randomUUID();
		assign(denver, therapist, "2026-01-05", WEEKDAY_MORNINGS);

		// 08:00-12:00 in Denver is 07:00-11:00 in Phoenix in winter: 10:00-11:00 Phoenix
		// clashes
		assignment(phoenix, therapist, """
				[{"dayOfWeek":"MONDAY","startTime":"10:00","endTime":"11:00"}]""").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/assignment-overlap");
		assignment(phoenix, therapist, """
				[{"dayOfWeek":"MONDAY","startTime":"11:00","endTime":"15:00"}]""").expectStatus().isEqualTo(409);
		assignment(phoenix, therapist, """
				[{"dayOfWeek":"MONDAY","startTime":"12:00","endTime":"15:00"}]""").expectStatus().isCreated();
	}

	@Test
	void aTherapistUnknownToCredentialingIsA400() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = UUID.randomUUID();
		stubs.stubFor(
				get(urlPathEqualTo("/credentialing/therapists/" + therapist)).atPriority(1).willReturn(notFound()));

		assignment(clinic, therapist, WEEKDAY_MORNINGS).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("therapistId");
	}

	@Test
	void assignmentFailsClosedWhenCredentialingCannotAnswer() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID erring = UUID.randomUUID();
		UUID resetting = UUID.randomUUID();
		UUID slow = UUID.randomUUID();
		stubs.stubFor(
				get(urlPathEqualTo("/credentialing/therapists/" + erring)).atPriority(1).willReturn(serverError()));
		stubs.stubFor(get(urlPathEqualTo("/credentialing/therapists/" + resetting)).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		stubs.stubFor(get(urlPathEqualTo("/credentialing/therapists/" + slow)).atPriority(1)
			.willReturn(aResponse().withStatus(200).withFixedDelay(4000)));

		for (UUID therapist : new UUID[] { erring, resetting, slow }) {
			assignment(clinic, therapist, WEEKDAY_MORNINGS).expectStatus().isEqualTo(503);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM assignment WHERE clinic_id = :c")
			.param("c", clinic)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void hoursOffTheQuarterHourAreRejected() {
		UUID clinic = openClinic("CO", "America/Denver");
		expectField(assignment(clinic, UUID.randomUUID(), """
				[{"dayOfWeek":"MONDAY","startTime":"08:10","endTime":"12:00"}]"""), "hours[0]");
	}

	private ResponseSpec assignment(UUID clinic, UUID therapist, String hours) {
		return this.client.post()
			.uri("/clinics/{id}/assignments", clinic)
			.headers(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"therapistId":"%s","effectiveFrom":"2026-01-05","hours":%s}""".formatted(therapist, hours))
			.exchange();
	}

	private ResponseSpec open(Map<String, Object> overrides) {
		return this.client.post().uri("/clinics").headers(admin()).body(clinic(overrides)).exchange();
	}

	private static Map<String, Object> clinic(Map<String, Object> overrides) {
		Map<String, Object> body = new HashMap<>(Map.of("name", "Downtown", "addressLine1", "1 Main St", "city",
				"Denver", "state", "CO", "postalCode", "80202", "phone", "303-555-0100", "zoneId", "America/Denver",
				"latitude", 39.74, "longitude", -104.99));
		body.putAll(overrides);
		return body;
	}

	private static void expectField(ResponseSpec response, String field) {
		response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	private long clinics() {
		return this.jdbc.sql("SELECT count(*) FROM clinic").query(Long.class).single();
	}

}
