package com.ptpractice.credentialing.credentials.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialFacts;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.credentials.CredentialStatus;
import com.ptpractice.credentialing.credentials.VerificationStatus;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * A credential as the API shows it.
 *
 * @param id the credential's id
 * @param therapistId whose it is
 * @param kind what it is
 * @param state where it applies; null for a national certification
 * @param number its number
 * @param issuer who issued it
 * @param trainingHours training hours of a certification
 * @param supervisedSessions supervised sessions of a certification
 * @param issuedOn the day it was issued
 * @param expiresOn its last valid day; null if it does not expire
 * @param status at the issuer
 * @param verification whether and how it was verified
 * @param version send it back with an update or a verification
 */
record CredentialResponse(UUID id, UUID therapistId, CredentialKind kind, @Nullable Jurisdiction state,
		@Nullable String number, @Nullable String issuer, @Nullable Integer trainingHours,
		@Nullable Integer supervisedSessions, LocalDate issuedOn, @Nullable LocalDate expiresOn,
		CredentialStatus status, Verification verification, int version) {

	static CredentialResponse of(Credential credential) {
		CredentialFacts facts = credential.facts();
		return new CredentialResponse(
				credential.id(), credential.therapistId(), credential.kind(), facts.state(), facts.number(),
				facts.issuer(), facts.trainingHours(), facts.supervisedSessions(), facts.issuedOn(), facts.expiresOn(),
				credential.status(), new Verification(credential.verification(), credential.verifiedBy(),
						credential.verifiedAt(), credential.primarySource(), credential.verificationNote()),
				credential.version());
	}

	/**
	 * Where the verification stands.
	 *
	 * @param status pending, verified or rejected
	 * @param by the Keycloak subject of who decided
	 * @param at when
	 * @param primarySource where it was checked
	 * @param note what else to know
	 */
	record Verification(VerificationStatus status, @Nullable String by, @Nullable Instant at,
			@Nullable String primarySource, @Nullable String note) {
	}

}
