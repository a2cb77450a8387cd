package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit is checked in from 15 minutes before its start, completed from its start and
 * marked a no-show only after it; a therapist completes or no-shows only their own
 * visits; staff correct a mistaken status only through an audited correction.
 */
class VisitLifecycleIntegrationTests extends ApiIntegrationTestSupport {

	/** 09:00 in Denver (summer time). */
	private static final String MONDAY_9 = "2026-06-01T09:00:00-06:00";

	private static final Instant START = Instant.parse("2026-06-01T15:00:00Z");

	@Autowired
	JdbcClient jdbc;

	UUID clinic;

	UUID therapist;

	String ownToken;

	String otherToken;

	String unlinkedToken;

	private final List<StubMapping> stubbed = new java.util.ArrayList<>();

	@BeforeEach
	void clinicWithATherapistWhoseLoginIsLinked() {
		this.clinic = openClinic("UT", "America/Denver");
		this.therapist = assignNewTherapist(this.clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
		this.ownToken = issuer.token("therapist-own-" + this.therapist, Roles.THERAPIST);
		this.otherToken = issuer.token("therapist-other-" + this.therapist, Roles.THERAPIST);
		this.unlinkedToken = issuer.token("therapist-unlinked-" + this.therapist, Roles.THERAPIST);
		linkLogin(this.ownToken, okJson("{\"id\":\"" + this.therapist + "\"}"));
		linkLogin(this.otherToken, okJson("{\"id\":\"" + UUID.randomUUID() + "\"}"));
		linkLogin(this.unlinkedToken, notFound());
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void aTherapistCannotMarkTheirOwnVisitWeeksAheadANoShow() {
		String visit = book();

		post(visit, "no-show", bearer(this.ownToken), null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/visit-not-started")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("2026-06-01 09:00 (America/Denver)"));
		assertThat(statusOf(visit)).isEqualTo("BOOKED");
	}

	@Test
	void noShowOnlyAfterTheStart() {
		String visit = book();
		setNow(START);
		post(visit, "no-show", frontDesk(), null).expectStatus().isEqualTo(409);

		setNow(START.plusSeconds(60));
		post(visit, "no-show", frontDesk(), null).expectStatus().isOk();
	}

	@Test
	void checkInFromFifteenMinutesBeforeTheStartAndCompleteFromTheStart() {
		String visit = book();
		setNow(START.minusSeconds(16 * 60));
		post(visit, "check-in", frontDesk(), null).expectStatus().isEqualTo(409);

		setNow(START.minusSeconds(15 * 60));
		post(visit, "check-in", frontDesk(), null).expectStatus().isOk();
		post(visit, "complete", bearer(this.ownToken), null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/visit-not-started");

		setNow(START);
		post(visit, "complete", bearer(this.ownToken), null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED");
	}

	@Test
	void aTherapistCompletesAndNoShowsOnlyTheirOwnVisits() {
		String checkedIn = book();
		String missed = book("2026-06-01T11:00:00-06:00");
		setNow(START);
		post(checkedIn, "check-in", frontDesk(), null).expectStatus().isOk();
		setNow(START.plusSeconds(3 * 3600));

		post(checkedIn, "complete", bearer(this.otherToken), null).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/not-your-visit");
		post(missed, "no-show", bearer(this.otherToken), null).expectStatus().isForbidden();
		post(missed, "no-show", bearer(this.unlinkedToken), null).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/therapist-login-not-linked");
		assertThat(statusOf(checkedIn)).isEqualTo("CHECKED_IN");
		assertThat(statusOf(missed)).isEqualTo("BOOKED");

		post(checkedIn, "complete", bearer(this.ownToken), null).expectStatus().isOk();
		post(missed, "no-show", bearer(this.ownToken), null).expectStatus().isOk();
	}

	@Test
	void aTherapistChecksInOnlyTheirOwnVisit() {
		String visit = book();
		setNow(START.minusSeconds(10 * 60));

		post(visit, "check-in", bearer(this.otherToken), null).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/not-your-visit");
		assertThat(statusOf(visit)).isEqualTo("BOOKED");

		post(visit, "check-in", bearer(this.ownToken), null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CHECKED_IN");
	}

	@Test
	void staffCorrectAMistakenNoShowWithAnAuditedCorrection() {
		String visit = book();
		setNow(START.plusSeconds(20 * 60));
		post(visit, "no-show", frontDesk(), null).expectStatus().isOk();

		post(visit, "corrections", frontDesk(), Map.of("status", "CHECKED_IN")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		post(visit, "corrections", frontDesk(), Map.of("status", "ARRIVED", "reason", "x")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		post(visit, "corrections", bearer(this.ownToken), Map.of("status", "CHECKED_IN", "reason", "was here"))
			.expectStatus()
			.isForbidden();
		post(visit, "corrections", admin(), Map.of("status", "CHECKED_IN", "reason", "Patient was in the gym"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CHECKED_IN");

		Map<String, Object> event = this.jdbc.sql("""
				SELECT kind, actor, reason, status_before, status_after FROM appointment_event
				WHERE appointment_id = :id ORDER BY seq DESC LIMIT 1""")
			.param("id", UUID.fromString(visit))
			.query()
			.singleRow();
		assertThat(event).containsEntry("kind", "CORRECTED")
			.containsEntry("actor", "practice_admin-1")
			.containsEntry("reason", "Patient was in the gym")
			.containsEntry("status_before", "NO_SHOW")
			.containsEntry("status_after", "CHECKED_IN");
	}

	@Test
	void noCorrectionBeforeTheStartNorOfACancellation() {
		String visit = book();
		post(visit, "corrections", frontDesk(), Map.of("status", "NO_SHOW", "reason", "early")).expectStatus()
			.isEqualTo(409);
		post(visit, "cancel", frontDesk(), Map.of("reason", "patient called")).expectStatus().isOk();
		setNow(START.plusSeconds(3600));
		post(visit, "corrections", frontDesk(), Map.of("status", "BOOKED", "reason", "undo")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/correction-not-possible");
	}

	private void linkLogin(String token, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/therapists/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
			.willReturn(answer)));
	}

	private String book() {
		return book(MONDAY_9);
	}

	private String book(String startsAt) {
		return this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(Map.of("patientId", UUID.randomUUID(), "therapistId", this.therapist, "clinicId", this.clinic, "type",
					"FOLLOW_UP", "startsAt", startsAt))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private ResponseSpec post(String id, String action, Consumer<HttpHeaders> as, Map<String, Object> body) {
		var request = this.client.post().uri("/appointments/{id}/{action}", id, action).headers(as);
		return (body != null) ? request.body(body).exchange() : request.exchange();
	}

	private static Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	private String statusOf(String id) {
		return this.jdbc.sql("SELECT status FROM appointment WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

}
