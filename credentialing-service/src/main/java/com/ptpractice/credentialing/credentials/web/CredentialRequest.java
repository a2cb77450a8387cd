package com.ptpractice.credentialing.credentials.web;

import java.time.LocalDate;

import com.ptpractice.credentialing.credentials.CredentialFacts;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.staterules.StateCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new credential of a therapist.
 *
 * @param kind {@code STATE_LICENSE}, {@code COMPACT_PRIVILEGE},
 * {@code DRY_NEEDLING_CERTIFICATION} or {@code DRY_NEEDLING_ENDORSEMENT}
 * @param state two-letter code of the state where it applies; optional only for a
 * national certification
 * @param number license, privilege or endorsement number (required for those)
 * @param issuer who issued it (required for a certification)
 * @param trainingHours training hours of a certification
 * @param supervisedSessions supervised sessions of a certification
 * @param issuedOn the day it was issued
 * @param expiresOn its last valid day; empty if it does not expire
 */
record CredentialRequest(@NotBlank @Pattern(regexp = KINDS, message = KINDS_MESSAGE) @Nullable String kind,
		@StateCode @Nullable String state, @Size(min = 1, max = 50) @Nullable String number,
		@Size(min = 1, max = 200) @Nullable String issuer, @PositiveOrZero @Max(10_000) @Nullable Integer trainingHours,
		@PositiveOrZero @Max(10_000) @Nullable Integer supervisedSessions, @NotNull @Nullable LocalDate issuedOn,
		@Nullable LocalDate expiresOn) {

	static final String KINDS = "STATE_LICENSE|COMPACT_PRIVILEGE|DRY_NEEDLING_CERTIFICATION|DRY_NEEDLING_ENDORSEMENT";

	static final String KINDS_MESSAGE = "must be one of STATE_LICENSE, COMPACT_PRIVILEGE, DRY_NEEDLING_CERTIFICATION, DRY_NEEDLING_ENDORSEMENT";

	CredentialKind credentialKind() {
		return CredentialKind.valueOf(String.valueOf(this.kind));
	}

	CredentialFacts facts() {
		return FactsInput.facts(this.state, this.number, this.issuer, this.trainingHours, this.supervisedSessions,
				this.issuedOn, this.expiresOn);
	}

}
