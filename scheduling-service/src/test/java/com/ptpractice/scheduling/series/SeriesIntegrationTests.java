package com.ptpractice.scheduling.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Series through the scheduling API against a real PostgreSQL (the credentialing and
 * patient services are WireMock stubs): local time kept across DST, each needling
 * occurrence decided at its own instant, concurrent series for one therapist, all or
 * nothing, idempotent replay, and the lifecycle (move, cancel from one on, at-risk).
 */
class SeriesIntegrationTests extends ApiIntegrationTestSupport {

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	private static final String CERTIFICATION_EXPIRED = """
			{"eligible":false,"reasons":[{"code":"CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT",
			 "message":"The certification expires on 2026-01-31."}],"ruleVersion":"UT-1",
			 "evaluatedAt":"{{request.query.at}}"}""";

	private static final String TUESDAYS_AND_THURSDAYS = """
			[{"dayOfWeek":"TUESDAY","startTime":"07:00","endTime":"12:00"},
			 {"dayOfWeek":"THURSDAY","startTime":"07:00","endTime":"12:00"},
			 {"dayOfWeek":"FRIDAY","startTime":"07:00","endTime":"12:00"}]""";

	@Autowired
	JdbcClient jdbc;

	private final List<StubMapping> stubbed = new ArrayList<>();

	@BeforeEach
	void everyoneIsEligibleUnlessATestSaysOtherwise() {
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(100)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed
			.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling/state-law")).atPriority(100)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(100)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void keepsSevenThirtyLocalAcrossTheMarchAndNovemberChangesInDenver() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		// weekly on Tuesdays from 3 March to 3 November 2026: DST 8 March to 1 November
		List<Map<String, Object>> visits = occurrences(book(
				series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-03-03", 36, "TUESDAY"), null, 201));

		assertThat(visits).hasSize(36).allSatisfy((visit) -> {
			assertThat(visit.get("status")).isEqualTo("BOOKED");
			assertThat(LocalDateTime.parse((String) visit.get("localStart")).toLocalTime()).hasToString("07:30");
		});
		assertThat(offsetOn(visits, "2026-03-03")).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(offsetOn(visits, "2026-03-10")).isEqualTo(ZoneOffset.ofHours(-6));
		assertThat(offsetOn(visits, "2026-10-27")).isEqualTo(ZoneOffset.ofHours(-6));
		assertThat(offsetOn(visits, "2026-11-03")).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(storedStartsOf(therapist)).hasSize(36)
			.contains(OffsetDateTime.parse("2026-03-03T14:30:00Z"), OffsetDateTime.parse("2026-03-10T13:30:00Z"),
					OffsetDateTime.parse("2026-11-03T14:30:00Z"));
	}

	@Test
	void staysAtTheSameInstantsAcrossTheChangesInPhoenix() {
		UUID clinic = openClinic("AZ", "America/Phoenix");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		List<Map<String, Object>> visits = occurrences(book(
				series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-03-03", 36, "TUESDAY"), null, 201));

		assertThat(visits).hasSize(36).allSatisfy((visit) -> {
			assertThat(visit.get("status")).isEqualTo("BOOKED");
			OffsetDateTime startsAt = OffsetDateTime.parse((String) visit.get("startsAt"));
			assertThat(startsAt.getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
			assertThat(startsAt.atZoneSameInstant(ZoneOffset.UTC).toLocalTime()).hasToString("14:30");
		});
	}

	@Test
	void aCertificationExpiringMidSeriesRefusesExactlyTheLaterNeedlingVisitsWithTheExpiryReason() {
		UUID clinic = openClinic("UT", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		UUID patient = UUID.randomUUID();
		insertVisit(patient, therapist, clinic, "INITIAL_EVALUATION", "2026-01-06T15:00:00Z", null);
		// the certification holds through January: any later instant is refused
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(1)
			.withQueryParam("therapistId", equalTo(therapist.toString()))
			.withQueryParam("at", matching("2026-(0[2-9]|1[0-2]).*"))
			.willReturn(okJson(CERTIFICATION_EXPIRED).withTransformers("response-template"))));

		Map<String, Object> answer = book(
				series(patient, therapist, clinic, "DRY_NEEDLING", "2026-01-13", 8, "TUESDAY", "THURSDAY"), null, 201);

		List<Map<String, Object>> visits = occurrences(answer);
		assertThat(visits).extracting((visit) -> visit.get("status"))
			.containsExactly("BOOKED", "BOOKED", "BOOKED", "BOOKED", "BOOKED", "BOOKED", "REFUSED", "REFUSED");
		assertThat(visits.subList(6, 8)).allSatisfy(
				(visit) -> assertThat(codes(visit)).containsExactly("CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT"));
		assertThat(visits.subList(0, 6)).allSatisfy((visit) -> assertThat(codes(visit)).isEmpty());

		// later every visit of the therapist would fail: the at-risk watch names the
		// series
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(1)
			.withQueryParam("therapistId", equalTo(therapist.toString()))
			.willReturn(okJson(CERTIFICATION_EXPIRED).withTransformers("response-template"))));
		List<Map<String, Object>> atRisk = atRiskOf(therapist);
		assertThat(atRisk).hasSize(6)
			.allSatisfy((item) -> assertThat(item.get("seriesId")).isEqualTo(answer.get("id")));
	}

	@Test
	void anyEligibleNeedlingVisitsThePatientIsNotReadyForAreRefusedWithTheReasonsThatHoldForAnyTherapist() {
		UUID clinic = openClinic("UT", "America/Denver");
		assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		UUID patient = UUID.randomUUID();
		insertVisit(patient, UUID.randomUUID(), clinic, "INITIAL_EVALUATION", "2026-01-13T15:00:00Z", null);
		this.stubbed.add(stubs.stubFor(
				get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness")).atPriority(1)
					.willReturn(okJson("""
							{"eligible":false,"reasons":[{"code":"CONSENT_MISSING","message":"No consent."}],
							 "ruleVersion":null,"evaluatedAt":"{{request.query.at}}"}""")
						.withTransformers("response-template"))));
		Map<String, Object> body = series(patient, null, clinic, "DRY_NEEDLING", "2026-01-13", 3, "TUESDAY",
				"THURSDAY");

		List<Map<String, Object>> visits = occurrences(book(body, null, 201));

		// Tue 13 January 07:30 is before the 08:00 evaluation; the later visits follow it
		assertThat(visits).extracting((visit) -> visit.get("status")).containsExactly("REFUSED", "REFUSED", "REFUSED");
		assertThat(codes(visits.get(0))).containsExactly("CONSENT_MISSING", "NO_PRIOR_EVALUATION");
		assertThat(codes(visits.get(1))).containsExactly("CONSENT_MISSING");
		assertThat(visits).allSatisfy((visit) -> assertThat(visit.get("therapistId")).isNull());
		assertThat(count("SELECT count(*) FROM appointment WHERE patient_id = :patient AND type_code = 'DRY_NEEDLING'",
				patient))
			.isZero();
	}

	@Test
	void anyEligibleNeedlingVisitsInAStateWhoseLawRefusesAreRefusedWithTheStatesReasonAllOrNothing() {
		UUID clinic = openClinic("OR", "America/Los_Angeles");
		assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		UUID patient = UUID.randomUUID();
		insertVisit(patient, UUID.randomUUID(), clinic, "INITIAL_EVALUATION", "2026-01-06T16:00:00Z", null);
		this.stubbed
			.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling/state-law")).atPriority(1)
				.withQueryParam("state", equalTo("OR"))
				.willReturn(okJson("""
						{"eligible":false,"reasons":[{"code":"STATE_PROHIBITS_DRY_NEEDLING",
						 "message":"Oregon does not allow physical therapists to perform dry needling."}],
						 "ruleVersion":"OR-2026-01-01","evaluatedAt":"{{request.query.at}}"}""")
					.withTransformers("response-template"))));
		Map<String, Object> body = series(patient, null, clinic, "DRY_NEEDLING", "2026-01-13", 2, "TUESDAY");
		body.put("mode", "ALL_OR_NOTHING");

		Map<String, Object> problem = book(body, null, 422);

		assertThat(problem.get("type")).asString().endsWith("/series-not-booked");
		assertThat(occurrences(problem)).hasSize(2)
			.allSatisfy((visit) -> assertThat(codes(visit)).containsExactly("STATE_PROHIBITS_DRY_NEEDLING"));
		assertThat(count("SELECT count(*) FROM appointment_series WHERE patient_id = :patient", patient)).isZero();
	}

	@Test
	void twoFrontDesksBookingOverlappingSeriesForOneTherapistAtOnceEndWithNoOverlap() throws Exception {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Map<String, Object>>> desks = new ArrayList<>();
		for (int desk = 0; desk < 2; desk++) {
			Map<String, Object> body = series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-02-03", 10,
					"TUESDAY", "THURSDAY");
			desks.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return book(body, null, 201);
			}));
		}
		start.countDown();
		List<Map<String, Object>> answers = new ArrayList<>();
		for (CompletableFuture<Map<String, Object>> desk : desks) {
			answers.add(desk.get());
		}

		long booked = answers.stream()
			.flatMap((answer) -> occurrences(answer).stream())
			.filter((visit) -> "BOOKED".equals(visit.get("status")))
			.count();
		assertThat(booked).isEqualTo(10);
		assertThat(answers.stream().flatMap((answer) -> occurrences(answer).stream()))
			.filteredOn((visit) -> "REFUSED".equals(visit.get("status")))
			.hasSize(10)
			.allSatisfy((visit) -> assertThat(codes(visit)).containsExactly("SLOT_TAKEN"));
		assertThat(storedStartsOf(therapist)).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM appointment a JOIN appointment b ON a.therapist_id = b.therapist_id AND a.id < b.id
				  AND a.during && b.during AND a.status = 'BOOKED' AND b.status = 'BOOKED'
				WHERE a.therapist_id = :therapist""").param("therapist", therapist).query(Long.class).single())
			.isZero();
	}

	@Test
	void aSingleBookingRacingASeriesForOneOfItsTimesEndsWithOneOfThemAndNoOverlap() throws Exception {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		Map<String, Object> single = Map.of("patientId", UUID.randomUUID(), "therapistId", therapist, "clinicId",
				clinic, "type", "FOLLOW_UP", "startsAt", "2026-02-10T07:30:00-07:00");
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<Integer> booking = CompletableFuture.supplyAsync(() -> {
			await(start);
			return this.client.post()
				.uri("/appointments")
				.headers(frontDesk())
				.body(single)
				.exchange()
				.returnResult()
				.getStatus()
				.value();
		});
		CompletableFuture<Map<String, Object>> series = CompletableFuture.supplyAsync(() -> {
			await(start);
			return book(series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-02-03", 4, "TUESDAY"), null,
					201);
		});
		start.countDown();

		int single201 = booking.get();
		Map<String, Object> raced = occurrences(series.get()).get(1);
		assertThat(raced.get("localStart")).isEqualTo("2026-02-10T07:30:00");
		// exactly one of them has 10 February: the single booking (201) or the series'
		// visit
		assertThat(single201 == 201).isNotEqualTo("BOOKED".equals(raced.get("status")));
		if (single201 != 201) {
			assertThat(single201).isEqualTo(409);
		}
		else {
			assertThat(codes(raced)).containsExactly("SLOT_TAKEN");
		}
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM appointment WHERE therapist_id = :therapist AND status = 'BOOKED'
				  AND starts_at = '2026-02-10T14:30:00Z'""").param("therapist", therapist).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void allOrNothingStoresNothingWhenOneVisitCannotBeBooked() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		insertVisit(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-02-12T14:30:00Z", null);
		UUID patient = UUID.randomUUID();
		Map<String, Object> body = series(patient, therapist, clinic, "FOLLOW_UP", "2026-02-03", 6, "TUESDAY",
				"THURSDAY");
		body.put("mode", "ALL_OR_NOTHING");

		Map<String, Object> problem = book(body, "all-or-nothing-" + patient, 422);

		assertThat(problem.get("type")).asString().endsWith("/series-not-booked");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> visits = (List<Map<String, Object>>) problem.get("occurrences");
		assertThat(visits).extracting((visit) -> visit.get("status"))
			.containsExactly("NOT_BOOKED", "NOT_BOOKED", "NOT_BOOKED", "REFUSED", "NOT_BOOKED", "NOT_BOOKED");
		assertThat(codes(visits.get(3))).containsExactly("SLOT_TAKEN");
		assertThat(visits.get(3).get("alternative")).isNotNull();
		assertThat(count("SELECT count(*) FROM appointment WHERE patient_id = :patient", patient)).isZero();
		assertThat(count("SELECT count(*) FROM appointment_series WHERE patient_id = :patient", patient)).isZero();
	}

	@Test
	void aRetryWithTheSameKeyAnswersTheFirstAnswerAndBooksNothingMore() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		UUID patient = UUID.randomUUID();
		Map<String, Object> body = series(patient, therapist, clinic, "FOLLOW_UP", "2026-02-03", 4, "TUESDAY");
		String key = "series-" + patient;

		EntityExchangeResult<Map> first = post("/series", body, key, 201);
		EntityExchangeResult<Map> retry = post("/series", body, key, 201);

		assertThat(first.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
		assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(count("SELECT count(*) FROM appointment WHERE patient_id = :patient", patient)).isEqualTo(4);
		body.put("count", 5);
		assertThat(book(body, key, 422).get("type")).asString().endsWith("/idempotency-key-reused");
		assertThat(count("SELECT count(*) FROM appointment WHERE patient_id = :patient", patient)).isEqualTo(4);
	}

	@Test
	void refusesEachVisitWithItsReasonAndOffersTheNearestFreeSlot() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		this.client.post()
			.uri("/therapists/{id}/time-off", therapist)
			.headers(admin())
			.body(Map.of("startsAt", "2026-02-05T00:00:00-07:00", "endsAt", "2026-02-06T00:00:00-07:00"))
			.exchange()
			.expectStatus()
			.isCreated();
		// Tuesdays, Thursdays and a Wednesday the therapist does not work
		List<Map<String, Object>> visits = occurrences(book(series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP",
				"2026-02-03", 3, "TUESDAY", "WEDNESDAY", "THURSDAY"), null, 201));

		assertThat(visits).extracting((visit) -> visit.get("status")).containsExactly("BOOKED", "REFUSED", "REFUSED");
		assertThat(codes(visits.get(1))).containsExactly("OUTSIDE_WORKING_HOURS");
		assertThat(codes(visits.get(2))).containsExactly("TIME_OFF");
		@SuppressWarnings("unchecked")
		Map<String, Object> alternative = (Map<String, Object>) visits.get(2).get("alternative");
		// the nearest free 07:30 neighbour: the same Thursday is off, Friday 07:00 is
		// free
		assertThat(alternative.get("localStart")).isEqualTo("2026-02-06T07:00:00");
	}

	@Test
	void movesThursdaysToFridaysAndCancelsFromOneVisitOn() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		Map<String, Object> answer = book(
				series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-02-03", 6, "TUESDAY", "THURSDAY"), null,
				201);
		String id = (String) answer.get("id");

		Map<String, Object> moved = post("/series/" + id + "/move",
				Map.of("fromDate", "2026-02-06", "weekday", "THURSDAY", "toWeekday", "FRIDAY"), "move-" + id, 200)
			.getResponseBody();
		assertThat(occurrences(moved)).extracting((visit) -> visit.get("localStart"))
			.containsExactly("2026-02-13T07:30:00", "2026-02-20T07:30:00");
		assertThat(occurrences(moved)).allSatisfy((visit) -> assertThat(visit.get("status")).isEqualTo("BOOKED"));

		String thirdVisit = (String) occurrences(answer).get(2).get("appointmentId");
		Map<String, Object> after = post("/series/" + id + "/cancel",
				Map.of("appointmentId", thirdVisit, "andLater", true, "reason", "Plan of care ended early"), null, 200)
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> visits = (List<Map<String, Object>>) after.get("visits");
		assertThat(visits).extracting((visit) -> visit.get("localStart") + " " + visit.get("status"))
			.containsExactly("2026-02-03T07:30:00 BOOKED", "2026-02-05T07:30:00 BOOKED",
					"2026-02-10T07:30:00 CANCELLED", "2026-02-13T07:30:00 CANCELLED", "2026-02-17T07:30:00 CANCELLED",
					"2026-02-20T07:30:00 CANCELLED");
	}

	@Test
	void onlyTheDeskBooksAndBadInputIsA400() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", TUESDAYS_AND_THURSDAYS);
		Map<String, Object> body = series(UUID.randomUUID(), therapist, clinic, "FOLLOW_UP", "2026-02-03", 53,
				"TUESDAY");
		this.client.post().uri("/series").headers(as("THERAPIST")).body(body).exchange().expectStatus().isForbidden();
		assertThat(book(body, null, 400).toString()).contains("count");
		body.remove("count");
		assertThat(book(body, null, 400).toString()).contains("count");
		body.put("until", "2027-03-01");
		assertThat(book(body, null, 400).toString()).contains("until");
	}

	private Map<String, Object> series(UUID patient, @Nullable UUID therapist, UUID clinic, String type,
			String firstDate, int count, String... weekdays) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("patientId", patient);
		body.put("therapistId", therapist);
		body.put("clinicId", clinic);
		body.put("type", type);
		body.put("weekdays", List.of(weekdays));
		body.put("startTime", "07:30");
		body.put("firstDate", firstDate);
		body.put("count", count);
		return body;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> book(Map<String, Object> body, String key, int status) {
		return post("/series", body, key, status).getResponseBody();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private EntityExchangeResult<Map> post(String uri, Map<String, Object> body, String key, int status) {
		Consumer<HttpHeaders> headers = frontDesk().andThen((h) -> {
			if (key != null) {
				h.set("Idempotency-Key", key);
			}
		});
		return this.client.post()
			.uri(uri)
			.headers(headers)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> occurrences(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.get("occurrences");
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(Map<String, Object> visit) {
		return ((List<Map<String, Object>>) visit.get("reasons")).stream()
			.map((reason) -> (String) reason.get("code"))
			.toList();
	}

	private static ZoneOffset offsetOn(List<Map<String, Object>> visits, String date) {
		return visits.stream()
			.filter((visit) -> ((String) visit.get("localStart")).startsWith(date))
			.map((visit) -> OffsetDateTime.parse((String) visit.get("startsAt")).getOffset())
			.findFirst()
			.orElseThrow();
	}

	private List<OffsetDateTime> storedStartsOf(UUID therapist) {
		return this.jdbc
			.sql("SELECT starts_at FROM appointment WHERE therapist_id = :therapist AND status = 'BOOKED' "
					+ "AND series_id IS NOT NULL ORDER BY starts_at")
			.param("therapist", therapist)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.map((start) -> start.withOffsetSameInstant(ZoneOffset.UTC))
			.toList();
	}

	private long count(String sql, UUID patient) {
		return this.jdbc.sql(sql).param("patient", patient).query(Long.class).single();
	}

	private void insertVisit(UUID patient, UUID therapist, UUID clinic, String type, String startsAt, UUID seriesId) {
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at, series_id)
				VALUES (:id, :patient, :therapist, :clinic, :type, false, CAST(:startsAt AS timestamptz),
				    CAST(:startsAt AS timestamptz) + interval '45 minutes', 'BOOKED', 'test', now(), :series)""")
			.param("id", UUID.randomUUID())
			.param("patient", patient)
			.param("therapist", therapist)
			.param("clinic", clinic)
			.param("type", type)
			.param("startsAt", startsAt)
			.param("series", seriesId)
			.update();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> atRiskOf(UUID therapist) {
		List<Map<String, Object>> found = new ArrayList<>();
		for (int page = 0;; page++) {
			Map<String, Object> answer = this.client.get()
				.uri("/appointments/at-risk?size=50&page=" + page)
				.headers(frontDesk())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			((List<Map<String, Object>>) answer.get("appointments")).stream()
				.filter((item) -> therapist.toString().equals(item.get("therapistId")))
				.forEach(found::add);
			if (!Boolean.TRUE.equals(answer.get("hasMore"))) {
				return found;
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
