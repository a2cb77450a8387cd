package com.ptpractice.scheduling.needling;

import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Who may ask whether a patient had an initial evaluation: those who book and the
 * therapists who see the patient's readiness; not a patient nor the credentialing
 * administrator.
 */
class PriorEvaluationAccessIntegrationTests extends ApiIntegrationTestSupport {

	@Test
	void aTherapistAndTheFrontDeskSeeWhetherTheEvaluationCameFirst() {
		UUID clinic = openClinic("UT", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
		UUID patient = UUID.randomUUID();
		this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(Map.of("patientId", patient, "therapistId", therapist, "clinicId", clinic, "type",
					"INITIAL_EVALUATION", "startsAt", "2026-06-01T09:00:00-06:00"))
			.exchange()
			.expectStatus()
			.isCreated();

		for (String role : new String[] { Roles.THERAPIST, Roles.FRONT_DESK }) {
			ask(patient, "2026-06-02T09:00:00-06:00", role).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.evaluated")
				.isEqualTo(true);
			ask(patient, "2026-06-01T08:00:00-06:00", role).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.evaluated")
				.isEqualTo(false);
		}
		ask(patient, "2026-06-02T09:00:00-06:00", Roles.PATIENT).expectStatus().isForbidden();
		ask(patient, "2026-06-02T09:00:00-06:00", Roles.CREDENTIALING_ADMIN).expectStatus().isForbidden();
	}

	private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec ask(UUID patient, String before,
			String role) {
		return this.client.get()
			.uri("/patients/{id}/prior-evaluation?before={before}", patient, before)
			.headers(as(role))
			.exchange();
	}

}
