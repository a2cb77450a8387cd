package com.ptpractice.credentialing.credentials.web;

import java.time.LocalDate;
import java.util.Objects;

import com.ptpractice.credentialing.credentials.CredentialFacts;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * Turns the validated fields of a request into a credential's facts.
 */
final class FactsInput {

	private FactsInput() {
	}

	static CredentialFacts facts(@Nullable String state, @Nullable String number, @Nullable String issuer,
			@Nullable Integer trainingHours, @Nullable Integer supervisedSessions, @Nullable LocalDate issuedOn,
			@Nullable LocalDate expiresOn) {
		return new CredentialFacts((state != null) ? Jurisdiction.of(state) : null, strip(number), strip(issuer),
				trainingHours, supervisedSessions, Objects.requireNonNull(issuedOn, "issuedOn"), expiresOn);
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text != null) ? text.strip() : null;
	}

}
