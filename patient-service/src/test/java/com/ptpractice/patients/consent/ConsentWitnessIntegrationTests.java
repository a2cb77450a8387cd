package com.ptpractice.patients.consent;

import com.ptpractice.patients.PatientApiTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front desk records who witnessed a consent by the name written on the form; the
 * name is part of the signed record and comes back with the history.
 */
class ConsentWitnessIntegrationTests extends PatientApiTests {

	@Test
	void theWitnessesNameIsRecordedWithTheConsentAndShownInItsHistory() {
		String patient = registerPatient();

		post("/patients/" + patient + "/consents", frontDesk(), """
				{"formVersion": "DN-2026-01", "signedAt": "2026-01-06T10:00:00-07:00", "signer": "PATIENT",
				 "witnessName": "  Maria Lopez "}""").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.witnessName")
			.isEqualTo("Maria Lopez")
			.jsonPath("$.witnessedBy")
			.isEqualTo(FRONT_DESK_USER);

		get("/patients/" + patient + "/consents", therapist()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].witnessName")
			.isEqualTo("Maria Lopez");
	}

	@Test
	void aWitnessNameLongerThanTheFormAllowsIsA400AndNothingIsRecorded() {
		String patient = registerPatient();

		post("/patients/" + patient + "/consents", frontDesk(), """
				{"formVersion": "DN-2026-01", "signedAt": "2026-01-06T10:00:00-07:00", "signer": "PATIENT",
				 "witnessName": "%s"}""".formatted("x".repeat(201))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("witnessName");

		Integer stored = this.jdbc.queryForObject("SELECT count(*) FROM consent WHERE patient_id = ?::uuid",
				Integer.class, patient);
		assertThat(stored).isZero();
	}

	@Test
	void theWitnessNameOfASignedConsentCannotBeChangedAfterwards() {
		String patient = registerPatient();
		post("/patients/" + patient + "/consents", frontDesk(), """
				{"formVersion": "DN-2026-01", "signedAt": "2026-01-06T10:00:00-07:00", "signer": "PATIENT",
				 "witnessName": "Maria Lopez"}""").expectStatus().isCreated();

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc
				.update("UPDATE consent SET witness_name = 'Someone Else' WHERE patient_id = ?::uuid", patient))
			.hasMessageContaining("a consent may only be revoked, once");
	}

}
