package com.ptpractice.patients.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * Consents and consent exceptions for tests outside this package.
 */
public final class TestConsents {

	private static final Instant NOW = Instant.parse("2026-11-01T15:00:00Z");

	private TestConsents() {
	}

	public static Consent consent(UUID patientId) {
		return Consent.record(patientId,
				new ConsentForm("DN-2026-01", NOW.minusSeconds(600), Signer.PATIENT, null, null, null, null),
				"front-desk-1", NOW);
	}

	public static Consent revoked(UUID patientId) {
		Consent consent = consent(patientId);
		consent.revoke("front-desk-1", "Patient withdrew", NOW.plusSeconds(60));
		return consent;
	}

	public static ConsentAlreadyRevoked alreadyRevoked(UUID consentId) {
		return new ConsentAlreadyRevoked(consentId);
	}

	public static ConsentNotFound notFound(UUID consentId) {
		return new ConsentNotFound(consentId);
	}

	public static InvalidConsent invalid(String field) {
		return new InvalidConsent(field, "is invalid");
	}

}
