package com.ptpractice.scheduling.availability;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityIntegrationTests extends ApiIntegrationTestSupport {

	private static final String BATCH = "/credentialing/eligibility/dry-needling/batch";

	private static final String SUNDAY_NIGHT = """
			[{"dayOfWeek":"SUNDAY","startTime":"00:00","endTime":"05:00"}]""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void denverSpringForwardOffersNoSlotInTheMissingHour() {
		UUID clinic = openClinic("CO", "America/Denver");
		assignNewTherapist(clinic, "2026-03-01", SUNDAY_NIGHT);

		List<Map<String, Object>> slots = search("FOLLOW_UP", "2026-03-08T00:00:00-07:00", "2026-03-09T00:00:00-06:00",
				clinic);

		assertThat(slots).extracting((slot) -> slot.get("localStart"))
			.containsExactly("2026-03-08T00:00:00", "2026-03-08T00:15:00", "2026-03-08T00:30:00", "2026-03-08T00:45:00",
					"2026-03-08T01:00:00", "2026-03-08T01:15:00", "2026-03-08T01:30:00", "2026-03-08T01:45:00",
					"2026-03-08T03:00:00", "2026-03-08T03:15:00", "2026-03-08T03:30:00", "2026-03-08T03:45:00",
					"2026-03-08T04:00:00", "2026-03-08T04:15:00");
		assertThat(slots.get(7)).containsEntry("startsAt", "2026-03-08T01:45:00-07:00")
			.containsEntry("endsAt", "2026-03-08T03:30:00-06:00")
			.containsEntry("zoneId", "America/Denver");
		assertThat(slots.get(8)).containsEntry("startsAt", "2026-03-08T03:00:00-06:00");
	}

	@Test
	void denverFallBackOffersEachLocalTimeOnce() {
		UUID clinic = openClinic("CO", "America/Denver");
		assignNewTherapist(clinic, "2026-10-01", """
				[{"dayOfWeek":"SUNDAY","startTime":"00:00","endTime":"04:00"}]""");

		List<Map<String, Object>> slots = search("FOLLOW_UP", "2026-11-01T00:00:00-06:00", "2026-11-02T00:00:00-07:00",
				clinic);

		assertThat(slots).extracting((slot) -> slot.get("localStart"))
			.doesNotHaveDuplicates()
			.containsExactly("2026-11-01T00:00:00", "2026-11-01T00:15:00", "2026-11-01T00:30:00", "2026-11-01T00:45:00",
					"2026-11-01T01:00:00", "2026-11-01T01:15:00", "2026-11-01T01:30:00", "2026-11-01T01:45:00",
					"2026-11-01T02:00:00", "2026-11-01T02:15:00", "2026-11-01T02:30:00", "2026-11-01T02:45:00",
					"2026-11-01T03:00:00", "2026-11-01T03:15:00");
		assertThat(slots.get(3)).containsEntry("startsAt", "2026-11-01T00:45:00-06:00");
		// the repeated hour is offered once, in standard time
		assertThat(slots.get(4)).containsEntry("startsAt", "2026-11-01T01:00:00-07:00");
		assertThat(slots.get(13)).containsEntry("endsAt", "2026-11-01T04:00:00-07:00");
	}

	@Test
	void denverWeekAcrossTheChangeKeepsLocalHours() {
		UUID clinic = openClinic("CO", "America/Denver");
		assignNewTherapist(clinic, "2026-03-01", everyDay("08:00", "12:00"));

		List<Map<String, Object>> slots = search("FOLLOW_UP", "2026-03-05T00:00:00-07:00", "2026-03-12T00:00:00-06:00",
				clinic);

		assertThat(slots).hasSize(7 * 14);
		assertThat(slots).filteredOn((slot) -> slot.get("localStart").toString().endsWith("T08:00:00"))
			.extracting((slot) -> slot.get("startsAt"))
			.containsExactly("2026-03-05T08:00:00-07:00", "2026-03-06T08:00:00-07:00", "2026-03-07T08:00:00-07:00",
					"2026-03-08T08:00:00-06:00", "2026-03-09T08:00:00-06:00", "2026-03-10T08:00:00-06:00",
					"2026-03-11T08:00:00-06:00");
	}

	@Test
	void phoenixHasNoDaylightSavingTime() {
		UUID clinic = openClinic("AZ", "America/Phoenix");
		assignNewTherapist(clinic, "2026-03-01", SUNDAY_NIGHT);

		List<Map<String, Object>> slots = search("FOLLOW_UP", "2026-03-08T00:00:00-07:00", "2026-03-09T00:00:00-07:00",
				clinic);

		assertThat(slots).hasSize(18);
		assertThat(slots).extracting((slot) -> slot.get("startsAt").toString()).allMatch((s) -> s.endsWith("-07:00"));
		assertThat(slots.get(9)).containsEntry("localStart", "2026-03-08T02:15:00")
			.containsEntry("startsAt", "2026-03-08T02:15:00-07:00");
	}

	@Test
	void bookedTimeAndTimeOffAreNotOffered() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-03-01", SUNDAY_NIGHT);
		insertAppointment(clinic, therapist, "2026-03-08T01:00:00-07:00", "2026-03-08T01:45:00-07:00", "BOOKED");
		insertAppointment(clinic, therapist, "2026-03-08T00:00:00-07:00", "2026-03-08T00:45:00-07:00", "CANCELLED");
		this.client.post()
			.uri("/therapists/{id}/time-off", therapist)
			.headers(admin())
			.body(Map.of("startsAt", "2026-03-08T03:30:00-06:00", "endsAt", "2026-03-08T05:00:00-06:00"))
			.exchange()
			.expectStatus()
			.isCreated();

		List<Map<String, Object>> slots = search("FOLLOW_UP", "2026-03-08T00:00:00-07:00", "2026-03-09T00:00:00-06:00",
				clinic);

		assertThat(slots).extracting((slot) -> slot.get("localStart"))
			.containsExactly("2026-03-08T00:00:00", "2026-03-08T00:15:00", "2026-03-08T01:45:00");
	}

	@Test
	void nextAvailableAcrossClinicsComesFirst() {
		UUID denver = openClinic("CO", "America/Denver");
		UUID phoenix = openClinic("AZ", "America/Phoenix");
		UUID therapist = UUID.randomUUID();
		assign(denver, therapist, "2026-03-01", """
				[{"dayOfWeek":"MONDAY","startTime":"09:00","endTime":"10:00"}]""");
		UUID other = assignNewTherapist(phoenix, "2026-03-01", """
				[{"dayOfWeek":"MONDAY","startTime":"07:00","endTime":"08:00"}]""");

		List<Map<String, Object>> slots = this.client.get()
			.uri("/availability?type=FOLLOW_UP&from={from}&to={to}&therapistId={t}", "2026-03-09T00:00:00Z",
					"2026-03-10T00:00:00Z", therapist)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(slots).extracting((slot) -> slot.get("therapistId")).containsOnly(therapist.toString());

		List<Map<String, Object>> both = this.client.get()
			.uri("/availability?type=FOLLOW_UP&from={from}&to={to}&limit=500", "2026-03-09T13:00:00Z",
					"2026-03-09T16:00:00Z")
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		// Denver 09:00 MDT = 15:00Z; Phoenix 07:00 MST = 14:00Z comes first
		assertThat(both)
			.filteredOn((slot) -> List.of(therapist.toString(), other.toString()).contains(slot.get("therapistId")))
			.extracting((slot) -> slot.get("startsAt"))
			.startsWith("2026-03-09T07:00:00-07:00")
			.isSortedAccordingTo(
					(a, b) -> Instant.parse(offsetToInstant(a)).compareTo(Instant.parse(offsetToInstant(b))));
	}

	@Test
	void noSlotsInThePast() {
		UUID clinic = openClinic("CO", "America/Denver");
		assignNewTherapist(clinic, "2025-12-01", everyDay("00:00", "23:45"));

		List<Map<String, Object>> slots = search("FOLLOW_UP", "2025-12-31T00:00:00Z", "2026-01-01T01:00:00Z", clinic);

		assertThat(slots).extracting((slot) -> slot.get("startsAt"))
			.containsExactly("2025-12-31T17:00:00-07:00", "2025-12-31T17:15:00-07:00", "2025-12-31T17:30:00-07:00",
					"2025-12-31T17:45:00-07:00");
	}

	@Test
	void badSearchesAreRejectedNamingTheField() {
		expectBadRequest("/availability?type=FOLLOW_UP&from=2026-03-01T00:00:00Z&to=2026-04-02T00:00:00Z", "to");
		expectBadRequest("/availability?type=FOLLOW_UP&from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "to");
		expectBadRequest("/availability?type=FOLLOW_UP&from=2026-03-01T00:00:00&to=2026-03-02T00:00:00Z", "from");
		expectBadRequest("/availability?type=NO_SUCH_TYPE&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z", "type");
		expectBadRequest("/availability?type=FOLLOW_UP&state=XX&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z",
				"state");
		expectBadRequest("/availability?type=FOLLOW_UP&limit=501&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z",
				"limit");
	}

	@Test
	void needlingSlotsOnlyWithTherapistsCredentialingFindsEligible() {
		UUID clinic = openClinic("UT", "America/Denver");
		UUID eligible = assignNewTherapist(clinic, "2026-03-01", SUNDAY_NIGHT);
		UUID ineligible = assignNewTherapist(clinic, "2026-03-01", SUNDAY_NIGHT);
		stubs.stubFor(post("/credentialing/eligibility/dry-needling/batch")
			.withRequestBody(matchingJsonPath("$.therapistIds[?(@ == '" + eligible + "')]"))
			.withRequestBody(matchingJsonPath("$[?(@.state == 'UT')]"))
			.willReturn(batchAnswer(
					"""
							{"therapistId":"%s","eligible":true,"reasons":[],"ruleVersion":"UT-2026-01-01","evaluatedAt":"{{at}}"},
							{"therapistId":"%s","eligible":false,"reasons":[{"code":"NO_VERIFIED_CERTIFICATION","message":"No certification."}],
							 "ruleVersion":"UT-2026-01-01","evaluatedAt":"{{at}}"}"""
						.formatted(eligible, ineligible))));

		List<Map<String, Object>> slots = search("DRY_NEEDLING", "2026-03-08T00:00:00-07:00",
				"2026-03-09T00:00:00-06:00", clinic);

		assertThat(slots).isNotEmpty().extracting((slot) -> slot.get("therapistId")).containsOnly(eligible.toString());
	}

	@Test
	void aWeeksNeedlingSearchAsksCredentialingOnceForAllItsDaysAndKeepsEachDaysAnswer() {
		UUID clinic = openClinic("UT", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-03-01", everyDay("09:00", "10:00"));
		String asksAboutThem = "$.therapistIds[?(@ == '" + therapist + "')]";
		// eligible on Tuesday the 17th only
		stubs.stubFor(post(BATCH).withRequestBody(matchingJsonPath(asksAboutThem))
			.willReturn(batchAnswer(
					"""
							{"therapistId":"%s",{{#eq at '2026-03-17T12:00:00Z'}}"eligible":true,"reasons":[]{{else}}"eligible":false,
							 "reasons":[{"code":"CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT","message":"Expired."}]{{/eq}},
							 "ruleVersion":"UT-2026-01-01","evaluatedAt":"{{at}}"}"""
						.formatted(therapist))));

		List<Map<String, Object>> slots = search("DRY_NEEDLING", "2026-03-16T00:00:00-06:00",
				"2026-03-23T00:00:00-06:00", clinic);
		List<Map<String, Object>> again = search("DRY_NEEDLING", "2026-03-16T00:00:00-06:00",
				"2026-03-23T00:00:00-06:00", clinic);

		assertThat(slots).extracting((slot) -> slot.get("startsAt"))
			.containsExactly("2026-03-17T09:00:00-06:00", "2026-03-17T09:15:00-06:00", "2026-03-17T09:30:00-06:00");
		assertThat(again).isEqualTo(slots);
		List<LoggedRequest> asked = stubs
			.findAll(postRequestedFor(urlEqualTo(BATCH)).withRequestBody(matchingJsonPath(asksAboutThem)));
		assertThat(asked).hasSize(1);
		assertThat(asked.get(0).getBodyAsString()).contains("\"2026-03-16T12:00:00Z\"", "\"2026-03-17T12:00:00Z\"",
				"\"2026-03-22T12:00:00Z\"");
	}

	@Test
	void needlingSearchFailsClosedWhenCredentialingCannotAnswer() {
		UUID clinic = openClinic("NV", "America/Los_Angeles");
		assignNewTherapist(clinic, "2026-03-01", SUNDAY_NIGHT);
		stubs.stubFor(post("/credentialing/eligibility/dry-needling/batch")
			.withRequestBody(matchingJsonPath("$[?(@.state == 'NV')]"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		this.client.get()
			.uri("/availability?type=DRY_NEEDLING&from={f}&to={t}&clinicId={c}", "2026-03-08T00:00:00Z",
					"2026-03-09T00:00:00Z", clinic)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/service-unavailable");
	}

	private List<Map<String, Object>> search(String type, String from, String to, UUID clinic) {
		return this.client.get()
			.uri("/availability?type={type}&from={from}&to={to}&clinicId={clinic}&limit=500", type, from, to, clinic)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private void expectBadRequest(String uri, String field) {
		this.client.get()
			.uri(uri)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private void insertAppointment(UUID clinic, UUID therapist, String startsAt, String endsAt, String status) {
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (gen_random_uuid(), gen_random_uuid(), :therapist, :clinic, 'FOLLOW_UP', false,
				    CAST(:startsAt AS timestamptz), CAST(:endsAt AS timestamptz), :status, 'test', now())""")
			.param("therapist", therapist)
			.param("clinic", clinic)
			.param("startsAt", startsAt)
			.param("endsAt", endsAt)
			.param("status", status)
			.update();
	}

	private static String everyDay(String start, String end) {
		StringBuilder json = new StringBuilder("[");
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			json.append(json.length() > 1 ? "," : "")
				.append("{\"dayOfWeek\":\"%s\",\"startTime\":\"%s\",\"endTime\":\"%s\"}".formatted(day, start, end));
		}
		return json.append("]").toString();
	}

	private static String offsetToInstant(Object offsetDateTime) {
		return java.time.OffsetDateTime.parse(offsetDateTime.toString()).toInstant().toString();
	}

}
