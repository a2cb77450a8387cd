package com.ptpractice.scheduling.atrisk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily re-validation records the needling visits that would now fail, once a day; a
 * dependency that cannot answer leaves the day unrecorded so the next run tries again.
 * The three steps share one "today", so they run in order.
 */
@TestMethodOrder(OrderAnnotation.class)
class DailyAtRiskCheckIntegrationTests extends ApiIntegrationTestSupport {

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	private static final UUID therapist = UUID.randomUUID();

	private static UUID appointment;

	@Autowired
	DailyAtRiskCheck check;

	@Autowired
	JdbcClient jdbc;

	private final List<StubMapping> stubbed = new ArrayList<>();

	@BeforeEach
	void othersAreEligibleAndOurTherapistsCertificationLapses() {
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(100)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(100)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(therapist.toString()))
			.willReturn(
					okJson("""
							{"eligible":false,"reasons":[{"code":"CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT","message":"Lapses."}],
							 "ruleVersion":"UT-1","evaluatedAt":"2026-02-10T16:00:00Z"}"""))));
		if (appointment == null) {
			appointment = insertNeedling(openClinic("UT", "America/Denver"), "2026-02-10T16:00:00Z");
		}
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	@Order(1)
	void aServiceThatCannotAnswerLeavesTheDayUnrecorded() {
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(1)
				.willReturn(serverError())));

		assertThat(this.check.recordToday()).isEqualTo(-1);
		assertThat(runsToday()).isZero();
	}

	@Test
	@Order(2)
	void recordsTheVisitsThatWouldNowFailWithTheirReasons() {
		assertThat(this.check.recordToday()).isGreaterThanOrEqualTo(1);

		assertThat(runsToday()).isEqualTo(1);
		String reasons = this.jdbc.sql("SELECT reasons::text FROM at_risk_finding WHERE appointment_id = :id")
			.param("id", appointment)
			.query(String.class)
			.single();
		assertThat(reasons).contains("CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT");
	}

	@Test
	@Order(3)
	void aSecondRunTheSameDayChangesNothing() {
		int before = findingsToday();

		this.check.recordToday();

		assertThat(runsToday()).isEqualTo(1);
		assertThat(findingsToday()).isEqualTo(before);
	}

	private int runsToday() {
		return this.jdbc.sql("SELECT count(*) FROM at_risk_run WHERE day = DATE '2025-12-31'")
			.query(Integer.class)
			.single();
	}

	private int findingsToday() {
		return this.jdbc.sql("SELECT count(*) FROM at_risk_finding WHERE day = DATE '2025-12-31'")
			.query(Integer.class)
			.single();
	}

	private UUID insertNeedling(UUID clinic, String startsAt) {
		UUID id = UUID.randomUUID();
		UUID patient = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (:id, :patient, :therapist, :clinic, 'DRY_NEEDLING', true,
				    CAST(:startsAt AS timestamptz), CAST(:startsAt AS timestamptz) + interval '30 minutes', 'BOOKED',
				    'test', now())""")
			.param("id", id)
			.param("patient", patient)
			.param("therapist", therapist)
			.param("clinic", clinic)
			.param("startsAt", startsAt)
			.update();
		insertEvaluationBefore(patient, startsAt, clinic);
		return id;
	}

	/** The initial evaluation a needling visit needs, three hours before. */
	private void insertEvaluationBefore(UUID patient, String needlingStartsAt, UUID clinic) {
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (:id, :patient, :therapist, :clinic, 'INITIAL_EVALUATION', false,
				    CAST(:startsAt AS timestamptz) - interval '3 hours',
				    CAST(:startsAt AS timestamptz) - interval '2 hours', 'BOOKED', 'test', now())""")
			.param("id", UUID.randomUUID())
			.param("patient", patient)
			.param("therapist", therapist)
			.param("clinic", clinic)
			.param("startsAt", needlingStartsAt)
			.update();
	}

}
