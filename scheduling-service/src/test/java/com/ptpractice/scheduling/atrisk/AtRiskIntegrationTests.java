package com.ptpractice.scheduling.atrisk;

import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Future needling visits re-evaluated live: those that would now fail are listed with
 * every reason; a dependency down is 503.
 */
class AtRiskIntegrationTests extends ApiIntegrationTestSupport {

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	@Autowired
	JdbcClient jdbc;

	private final List<StubMapping> fallbacks = new java.util.ArrayList<>();

	private UUID clinic;

	private UUID therapist;

	@BeforeEach
	void everyoneElseIsEligible() {
		// appointments of other test classes are re-checked too: they pass
		this.fallbacks.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(100)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.fallbacks.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(100)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.clinic = openClinic("UT", "America/Denver");
		this.therapist = UUID.randomUUID();
	}

	@AfterEach
	void removeFallbacks() {
		this.fallbacks.forEach(stubs::removeStub);
		this.fallbacks.clear();
	}

	@Test
	void listsAVisitWhoseLicenseNowLapsesAndWhosePatientRevokedConsentWithEveryReason() {
		UUID patient = UUID.randomUUID();
		UUID atRisk = insertNeedling(patient, "2026-02-02T16:00:00Z", "BOOKED");
		UUID fine = insertNeedling(UUID.randomUUID(), "2026-02-03T16:00:00Z", "BOOKED");
		insertNeedling(UUID.randomUUID(), "2026-02-04T16:00:00Z", "CANCELLED");
		stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling"))
			.withQueryParam("therapistId", equalTo(this.therapist.toString()))
			.withQueryParam("at", equalTo("2026-02-02T16:00:00Z"))
			.withQueryParam("zone", equalTo("America/Denver"))
			.willReturn(okJson("""
					{"eligible":false,"reasons":[{"code":"LICENSE_EXPIRES_BEFORE_APPOINTMENT","message":"Lapses."}],
					 "ruleVersion":"UT-1","evaluatedAt":"2026-02-02T16:00:00Z"}""")));
		stubs.stubFor(get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
			.willReturn(okJson("""
					{"eligible":false,"reasons":[{"code":"CONSENT_REVOKED","message":"Revoked."}],
					 "ruleVersion":"p-1","evaluatedAt":"2026-02-02T16:00:00Z"}""")));

		this.client.get()
			.uri("/appointments/at-risk?size=50")
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.appointments[?(@.appointmentId == '%s')].reasons[*].code".formatted(atRisk))
			.isEqualTo(List.of("LICENSE_EXPIRES_BEFORE_APPOINTMENT", "CONSENT_REVOKED"))
			.jsonPath("$.appointments[?(@.appointmentId == '%s')].startsAt".formatted(atRisk))
			.isEqualTo(List.of("2026-02-02T09:00:00-07:00"))
			.jsonPath("$.appointments[?(@.appointmentId == '%s')]".formatted(fine))
			.isEmpty();
	}

	@Test
	void aPatientServiceThatCannotAnswerIs503() {
		UUID patient = UUID.randomUUID();
		insertNeedling(patient, "2026-01-05T16:00:00Z", "BOOKED");
		stubs.stubFor(get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
			.willReturn(serverError()));

		this.client.get()
			.uri("/appointments/at-risk?size=50")
			.headers(admin())
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		this.jdbc.sql("UPDATE appointment SET status = 'CANCELLED' WHERE patient_id = :p").param("p", patient).update();
	}

	@Test
	void onlyTheFrontDeskAndAdministratorsSeeIt() {
		this.client.get()
			.uri("/appointments/at-risk")
			.headers(as(Roles.THERAPIST))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/appointments/at-risk")
			.headers(as(Roles.PATIENT))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get().uri("/appointments/at-risk").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aPageLargerThanFiftyIsRejected() {
		this.client.get()
			.uri("/appointments/at-risk?size=51")
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	private UUID insertNeedling(UUID patient, String startsAt, String status) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (:id, :patient, :therapist, :clinic, 'DRY_NEEDLING', true,
				    CAST(:startsAt AS timestamptz), CAST(:startsAt AS timestamptz) + interval '30 minutes', :status,
				    'test', now())""")
			.param("id", id)
			.param("patient", patient)
			.param("therapist", this.therapist)
			.param("clinic", this.clinic)
			.param("startsAt", startsAt)
			.param("status", status)
			.update();
		insertEvaluationBefore(patient, startsAt);
		return id;
	}

	/** The initial evaluation a needling visit needs, three hours before. */
	private void insertEvaluationBefore(UUID patient, String needlingStartsAt) {
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (:id, :patient, :therapist, :clinic, 'INITIAL_EVALUATION', false,
				    CAST(:startsAt AS timestamptz) - interval '3 hours',
				    CAST(:startsAt AS timestamptz) - interval '2 hours', 'BOOKED', 'test', now())""")
			.param("id", UUID.randomUUID())
			.param("patient", patient)
			.param("therapist", this.therapist)
			.param("clinic", this.clinic)
			.param("startsAt", needlingStartsAt)
			.update();
	}

}
