package com.ptpractice.scheduling.needling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.common.security.Roles;
import com.ptpractice.needling.ReasonCode;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking and the at-risk watch take the one decision: for the same facts, the booking's
 * 422 and the at-risk entry list the same reasons, every code the services emit included.
 * The gateway's guard is held to the same list in its own tests.
 */
class OneDecisionIntegrationTests extends ApiIntegrationTestSupport {

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	private static final String VISIT = "2026-02-02T09:00:00-07:00";

	private static final String VISIT_UTC = "2026-02-02T16:00:00Z";

	@Autowired
	JdbcClient jdbc;

	private final List<StubMapping> stubbed = new ArrayList<>();

	@BeforeEach
	void everyoneElseIsEligible() {
		// other test classes' needling visits are re-checked by the at-risk watch too
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(100)
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
	void theBookingsRefusalAndTheAtRiskEntryListTheSameReasonsEveryCodeIncluded() {
		UUID clinic = openClinic("UT", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
		UUID patient = UUID.randomUUID();
		everyReasonOfTheServices(therapist, patient);

		List<String> booking = this.client.post()
			.uri("/appointments")
			.headers(as(Roles.FRONT_DESK))
			.body(Map.of("patientId", patient, "therapistId", therapist, "clinicId", clinic, "type", "DRY_NEEDLING",
					"startsAt", VISIT))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody(Refusal.class)
			.returnResult()
			.getResponseBody()
			.codes();
		UUID booked = insertNeedlingVisit(patient, therapist, clinic);
		List<String> atRisk = atRiskReasonsOf(booked);

		List<String> everyCode = Arrays.stream(ReasonCode.values()).map(ReasonCode::name).toList();
		assertThat(booking).isEqualTo(everyCode);
		assertThat(atRisk).isEqualTo(booking);
	}

	/** Every code each service may emit, in the contract's order. */
	private void everyReasonOfTheServices(UUID therapist, UUID patient) {
		List<ReasonCode> therapistCodes = Arrays.stream(ReasonCode.values())
			.filter((code) -> code.party() != ReasonCode.Party.PATIENT)
			.toList();
		List<ReasonCode> patientCodes = Arrays.stream(ReasonCode.values())
			.filter((code) -> code.party() == ReasonCode.Party.PATIENT && code != ReasonCode.NO_PRIOR_EVALUATION)
			.toList();
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(therapist.toString()))
			.willReturn(okJson(refusal(therapistCodes)))));
		this.stubbed
			.add(stubs.stubFor(get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
				.willReturn(okJson(refusal(patientCodes)))));
	}

	private static String refusal(List<ReasonCode> codes) {
		String reasons = String.join(",",
				codes.stream().map((code) -> "{\"code\":\"" + code + "\",\"message\":\"" + code + ".\"}").toList());
		return "{\"eligible\":false,\"reasons\":[" + reasons + "],\"ruleVersion\":\"UT-1\",\"evaluatedAt\":\""
				+ VISIT_UTC + "\"}";
	}

	/** The same visit, as if it had been booked before the facts changed. */
	private UUID insertNeedlingVisit(UUID patient, UUID therapist, UUID clinic) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (:id, :patient, :therapist, :clinic, 'DRY_NEEDLING', true, CAST(:startsAt AS timestamptz),
				    CAST(:startsAt AS timestamptz) + interval '30 minutes', 'BOOKED', 'test', now())""")
			.param("id", id)
			.param("patient", patient)
			.param("therapist", therapist)
			.param("clinic", clinic)
			.param("startsAt", VISIT_UTC)
			.update();
		return id;
	}

	private List<String> atRiskReasonsOf(UUID appointment) {
		for (int page = 0;; page++) {
			AtRiskPage answer = this.client.get()
				.uri("/appointments/at-risk?size=50&page=" + page)
				.headers(as(Roles.FRONT_DESK))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(AtRiskPage.class)
				.returnResult()
				.getResponseBody();
			for (AtRiskItem item : answer.appointments()) {
				if (item.appointmentId().equals(appointment)) {
					return item.reasons().stream().map(Code::code).toList();
				}
			}
			assertThat(answer.hasMore()).as("the visit is on some page of the at-risk list").isTrue();
		}
	}

	record Code(String code) {
	}

	record Refusal(List<Code> reasons) {

		List<String> codes() {
			return this.reasons.stream().map(Code::code).toList();
		}

	}

	record AtRiskItem(UUID appointmentId, List<Code> reasons) {
	}

	record AtRiskPage(List<AtRiskItem> appointments, boolean hasMore) {
	}

}
