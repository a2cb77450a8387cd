package com.ptpractice.patients.consent.web;

import java.time.Instant;
import java.util.UUID;

import com.ptpractice.patients.consent.Consent;
import com.ptpractice.patients.consent.Signer;
import org.jspecify.annotations.Nullable;

/**
 * A dry-needling consent, current or revoked.
 *
 * @param id the consent's id
 * @param patientId whose consent
 * @param formVersion the version of the form signed
 * @param signedAt when it was signed
 * @param signer who signed it
 * @param guardianName the guardian's name, when a guardian signed
 * @param witnessedBy the witnessing staff user's id
 * @param witnessName the witness's name as written on the form, when given
 * @param documentReference where the scanned form is kept
 * @param recordedAt when it was entered
 * @param recordedBy who entered it
 * @param revoked whether it has been revoked
 * @param revokedAt when it was revoked
 * @param revokedBy who recorded the revocation
 * @param revocationReason why it was revoked
 */
record ConsentResponse(UUID id, UUID patientId, String formVersion, Instant signedAt, Signer signer,
		@Nullable String guardianName, String witnessedBy, @Nullable String witnessName,
		@Nullable String documentReference, Instant recordedAt, String recordedBy, boolean revoked,
		@Nullable Instant revokedAt, @Nullable String revokedBy, @Nullable String revocationReason) {

	static ConsentResponse of(Consent consent) {
		return new ConsentResponse(consent.id(), consent.patientId(), consent.formVersion(), consent.signedAt(),
				consent.signer(), consent.guardianName(), consent.witnessedBy(), consent.witnessName(),
				consent.documentReference(), consent.recordedAt(), consent.recordedBy(), consent.isRevoked(),
				consent.revokedAt(), consent.revokedBy(), consent.revocationReason());
	}

}
