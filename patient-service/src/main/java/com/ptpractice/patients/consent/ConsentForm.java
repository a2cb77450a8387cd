package com.ptpractice.patients.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A signed dry-needling consent form as the front desk enters it.
 *
 * @param formVersion the version of the form signed, such as {@code DN-2026-01}
 * @param signedAt when it was signed
 * @param signer who signed it
 * @param guardianName the legal guardian's name, when a guardian signed
 * @param witnessedBy the staff user who witnessed the signature; the recording user when
 * absent
 * @param documentReference where the scanned form is kept
 * @param witnessName the witness's name as written on the form, when given
 */
public record ConsentForm(String formVersion, Instant signedAt, Signer signer, @Nullable String guardianName,
		@Nullable String witnessedBy, @Nullable String documentReference, @Nullable String witnessName) {

	public ConsentForm {
		formVersion = formVersion.strip();
		guardianName = blankToNull(guardianName);
		witnessedBy = blankToNull(witnessedBy);
		documentReference = blankToNull(documentReference);
		witnessName = blankToNull(witnessName);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
