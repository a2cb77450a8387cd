package com.ptpractice.scheduling.atrisk;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

/**
 * What a daily at-risk run covers: every visit of one window fixed at its start, each
 * once, however visits are booked and time passes between its pages; the run row records
 * that window and the count; a run a dependency interrupted is retried by the
 * quarter-hour schedule. Each test uses its own day (the database is shared with the
 * other classes).
 */
class AtRiskRunCoverageIntegrationTests extends ApiIntegrationTestSupport {

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	private static final String READINESS = "/patient-service/patients/%s/dry-needling-readiness";

	@Autowired
	DailyAtRiskCheck check;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	AtRiskQueries queries;

	private final List<StubMapping> stubbed = new ArrayList<>();

	@BeforeEach
	void everyoneIsEligible() {
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(50)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(50)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void evaluatesEveryVisitOfTheWindowOnceWhileVisitsAreBookedAndTimePassesBetweenPages() {
		// 08:00 in Denver, after the 05:30 run was due
		Instant start = Instant.parse("2026-01-05T15:00:00Z");
		setNow(start);
		UUID clinic = openClinic("UT", "America/Denver");
		List<UUID> patients = new ArrayList<>();
		for (int minute = 5; minute < 5 + 2 * AtRiskWatch.MAX_PAGE_SIZE + 20; minute++) {
			patients.add(insertNeedling(clinic, start.plus(Duration.ofMinutes(minute))));
		}
		// after each page: a visit is booked ahead of where the run stands and ten
		// minutes
		// pass (a window whose "now" moved, or an offset, would skip or repeat visits)
		List<UUID> bookedMeanwhile = new ArrayList<>();
		doAnswer((invocation) -> {
			Object page = invocation.callRealMethod();
			bookedMeanwhile.add(insertNeedling(clinic, start.plus(Duration.ofMinutes(1))));
			setNow(start.plus(Duration.ofMinutes(10L * bookedMeanwhile.size())));
			return page;
		}).when(this.queries).upcomingNeedling(any(), any(), any(), anyLong(), anyInt());
		stubs.resetRequests();

		assertThat(this.check.recordToday()).isGreaterThanOrEqualTo(0);

		assertThat(bookedMeanwhile).hasSizeGreaterThanOrEqualTo(3);
		for (UUID patient : patients) {
			stubs.verify(1, getRequestedFor(urlPathEqualTo(READINESS.formatted(patient))));
		}
		Map<String, Object> run = runOn("2026-01-05");
		assertThat(run.get("window_from")).isEqualTo(start);
		assertThat(run.get("window_to")).isEqualTo(Instant.parse("2026-03-06T15:00:00Z"));
		int readinessAsked = stubs
			.findAll(getRequestedFor(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")))
			.size();
		assertThat(run.get("evaluated")).isEqualTo(readinessAsked);
		assertThat(readinessAsked).isGreaterThanOrEqualTo(patients.size());
	}

	@Test
	void anInterruptedRunIsRetriedByTheQuarterHourSchedule() {
		// 05:00 in Denver: the day's run is not due yet
		setNow(Instant.parse("2026-01-07T12:00:00Z"));
		assertThat(this.check.retryUnlessRecorded()).isFalse();

		// 05:30: the run is interrupted by a service that cannot answer
		setNow(Instant.parse("2026-01-07T12:30:00Z"));
		insertNeedling(openClinic("UT", "America/Denver"), Instant.parse("2026-01-08T16:00:00Z"));
		StubMapping down = stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(1)
				.willReturn(serverError()));
		assertThat(this.check.recordToday()).isEqualTo(-1);
		assertThat(runsOn("2026-01-07")).isZero();
		stubs.removeStub(down);

		// 05:45: the retry runs it (with no other instance holding the job's lock)
		setNow(Instant.parse("2026-01-07T12:45:00Z"));
		this.jdbc.sql("DELETE FROM shedlock WHERE name = :name").param("name", DailyAtRiskCheck.LOCK).update();
		assertThat(this.check.retryUnlessRecorded()).isTrue();
		assertThat(runsOn("2026-01-07")).isOne();
		assertThat(runOn("2026-01-07").get("window_from")).isEqualTo(Instant.parse("2026-01-07T12:45:00Z"));

		// 06:00: recorded, so the retry does nothing
		setNow(Instant.parse("2026-01-07T13:00:00Z"));
		assertThat(this.check.retryUnlessRecorded()).isFalse();
	}

	private int runsOn(String day) {
		return this.jdbc.sql("SELECT count(*) FROM at_risk_run WHERE day = CAST(:day AS date)")
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> runOn(String day) {
		return this.jdbc.sql("""
				SELECT window_from, window_to, evaluated FROM at_risk_run WHERE day = CAST(:day AS date)""")
			.param("day", day)
			.query((rs, row) -> Map.<String, Object>of("window_from",
					rs.getObject("window_from", OffsetDateTime.class).toInstant(), "window_to",
					rs.getObject("window_to", OffsetDateTime.class).toInstant(), "evaluated", rs.getInt("evaluated")))
			.single();
	}

	/** A booked needling visit of a new patient; answers the patient. */
	private UUID insertNeedling(UUID clinic, Instant startsAt) {
		UUID patient = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (gen_random_uuid(), :patient, gen_random_uuid(), :clinic, 'DRY_NEEDLING', true,
				    :startsAt, :endsAt, 'BOOKED', 'test', now())""")
			.param("patient", patient)
			.param("clinic", clinic)
			.param("startsAt", startsAt.atOffset(java.time.ZoneOffset.UTC))
			.param("endsAt", startsAt.plus(Duration.ofMinutes(30)).atOffset(java.time.ZoneOffset.UTC))
			.update();
		return patient;
	}

}
