package com.ptpractice.patients.consent.web;

import java.time.Instant;
import java.util.UUID;

import com.ptpractice.patients.consent.ConsentForm;
import com.ptpractice.patients.consent.Signer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A signed dry-needling consent form.
 *
 * @param formVersion the version of the form signed, such as {@code DN-2026-01}
 * @param signedAt when it was signed, not in the future
 * @param signer {@code PATIENT} or {@code LEGAL_GUARDIAN}
 * @param guardianName the guardian's name: required when a guardian signed, absent
 * otherwise
 * @param witnessedBy the staff user id of the witness; the recording user when absent
 * @param documentReference where the scanned form is kept (optional)
 * @param witnessName the witness's name as written on the form (optional)
 */
record RecordConsentRequest(@NotBlank @Size(max = 50) String formVersion,
		@NotNull @PastOrPresent(message = "must not be in the future") Instant signedAt, @NotNull Signer signer,
		@Size(max = 200) @Nullable String guardianName, @Nullable UUID witnessedBy,
		@Size(max = 500) @Nullable String documentReference, @Size(max = 200) @Nullable String witnessName) {

	ConsentForm toForm() {
		return new ConsentForm(this.formVersion, this.signedAt, this.signer, this.guardianName,
				(this.witnessedBy != null) ? this.witnessedBy.toString() : null, this.documentReference,
				this.witnessName);
	}

}
