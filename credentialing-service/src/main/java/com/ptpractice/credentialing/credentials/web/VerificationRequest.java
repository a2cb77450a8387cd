package com.ptpractice.credentialing.credentials.web;

import com.ptpractice.credentialing.credentials.VerificationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a pending credential with its primary source.
 *
 * @param outcome {@code VERIFIED} or {@code REJECTED}
 * @param primarySource where it was checked, such as the state board's license lookup
 * @param note what else to know
 * @param version the version the caller read; a stale one is refused with 409
 */
record VerificationRequest(
		@NotBlank @Pattern(regexp = "VERIFIED|REJECTED",
				message = "must be VERIFIED or REJECTED") @Nullable String outcome,
		@NotBlank @Size(max = 500) @Nullable String primarySource, @Size(max = 2000) @Nullable String note,
		@NotNull @Nullable Integer version) {

	VerificationStatus verificationOutcome() {
		return VerificationStatus.valueOf(String.valueOf(this.outcome));
	}

	String source() {
		return String.valueOf(this.primarySource).strip();
	}

	int expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
