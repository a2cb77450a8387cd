package com.ptpractice.credentialing.credentials.web;

import java.time.LocalDate;

import com.ptpractice.credentialing.credentials.CredentialFacts;
import com.ptpractice.credentialing.credentials.CredentialStatus;
import com.ptpractice.credentialing.staterules.StateCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * New facts and status of a credential, replacing the old ones. Its kind never changes.
 * New facts send a verified or rejected credential back to pending; a status change alone
 * does not.
 *
 * @param state two-letter code of the state where it applies
 * @param number license, privilege or endorsement number
 * @param issuer who issued it
 * @param trainingHours training hours of a certification
 * @param supervisedSessions supervised sessions of a certification
 * @param issuedOn the day it was issued
 * @param expiresOn its last valid day; empty if it does not expire
 * @param status {@code ACTIVE}, {@code SUSPENDED} or {@code REVOKED}
 * @param version the version the caller read; a stale one is refused with 409
 */
record CredentialUpdateRequest(@StateCode @Nullable String state, @Size(min = 1, max = 50) @Nullable String number,
		@Size(min = 1, max = 200) @Nullable String issuer, @PositiveOrZero @Max(10_000) @Nullable Integer trainingHours,
		@PositiveOrZero @Max(10_000) @Nullable Integer supervisedSessions, @NotNull @Nullable LocalDate issuedOn,
		@Nullable LocalDate expiresOn,
		@NotBlank @Pattern(regexp = "ACTIVE|SUSPENDED|REVOKED",
				message = "must be one of ACTIVE, SUSPENDED, REVOKED") @Nullable String status,
		@NotNull @Nullable Integer version) {

	CredentialFacts facts() {
		return FactsInput.facts(this.state, this.number, this.issuer, this.trainingHours, this.supervisedSessions,
				this.issuedOn, this.expiresOn);
	}

	CredentialStatus credentialStatus() {
		return CredentialStatus.valueOf(String.valueOf(this.status));
	}

	int expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
