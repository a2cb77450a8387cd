package com.ptpractice.patients.consent;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConsentTests {

	private static final Instant NOW = Instant.parse("2026-11-01T15:00:00Z");

	@Test
	void aSignedConsentIsInForceAndWitnessedByTheRecorderUnlessNamed() {
		Consent consent = Consent.record(UUID.randomUUID(), form(Signer.PATIENT, null), "front-desk-1", NOW);

		assertThat(consent.isRevoked()).isFalse();
		assertThat(consent.witnessedBy()).isEqualTo("front-desk-1");
		assertThat(consent.recordedAt()).isEqualTo(NOW);
	}

	@Test
	void revokingRecordsWhoWhenAndWhy() {
		Consent consent = Consent.record(UUID.randomUUID(), form(Signer.PATIENT, null), "front-desk-1", NOW);

		consent.revoke("front-desk-2", " Changed her mind ", NOW.plusSeconds(3600));

		assertThat(consent.isRevoked()).isTrue();
		assertThat(consent.revokedAt()).isEqualTo(NOW.plusSeconds(3600));
		assertThat(consent.revokedBy()).isEqualTo("front-desk-2");
		assertThat(consent.revocationReason()).isEqualTo("Changed her mind");
		assertThat(consent.snapshot()).isEqualTo(new ConsentSnapshot(NOW.minusSeconds(600), NOW.plusSeconds(3600)));
	}

	@Test
	void aRevokedConsentCannotBeRevokedAgain() {
		Consent consent = Consent.record(UUID.randomUUID(), form(Signer.PATIENT, null), "front-desk-1", NOW);
		consent.revoke("front-desk-2", "first", NOW);

		assertThatExceptionOfType(ConsentAlreadyRevoked.class)
			.isThrownBy(() -> consent.revoke("front-desk-2", "second", NOW.plusSeconds(1)));
		assertThat(consent.revocationReason()).isEqualTo("first");
	}

	@Test
	void aConsentSignedInTheFutureIsRefused() {
		ConsentForm form = new ConsentForm("DN-1", NOW.plusSeconds(1), Signer.PATIENT, null, null, null, null);

		assertThatExceptionOfType(InvalidConsent.class)
			.isThrownBy(() -> Consent.record(UUID.randomUUID(), form, "front-desk-1", NOW))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("signedAt"));
	}

	@Test
	void aGuardianSignatureNeedsTheGuardiansName() {
		assertThatExceptionOfType(InvalidConsent.class)
			.isThrownBy(() -> Consent.record(UUID.randomUUID(), form(Signer.LEGAL_GUARDIAN, null), "fd", NOW))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("guardianName"));
		assertThat(
				Consent.record(UUID.randomUUID(), form(Signer.LEGAL_GUARDIAN, "A. Guardian"), "fd", NOW).guardianName())
			.isEqualTo("A. Guardian");
	}

	@Test
	void thePatientsOwnSignatureNamesNoGuardian() {
		assertThatExceptionOfType(InvalidConsent.class)
			.isThrownBy(() -> Consent.record(UUID.randomUUID(), form(Signer.PATIENT, "A. Guardian"), "fd", NOW))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("guardianName"));
	}

	private static ConsentForm form(Signer signer, String guardianName) {
		return new ConsentForm("DN-2026-01", NOW.minusSeconds(600), signer, guardianName, null, "scan-42", null);
	}

}
