package com.ptpractice.credentialing.credentials;

import java.time.LocalDate;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a credential, as its issuer states them; what a verification confirms.
 *
 * @param state where it applies; null only for a national certification
 * @param number the license, privilege or endorsement number
 * @param issuer who issued it (the course provider of a certification, or the board)
 * @param trainingHours hours of dry-needling training a certification attests
 * @param supervisedSessions supervised needling sessions a certification attests
 * @param issuedOn the day it was issued
 * @param expiresOn the last day it is valid; null if it does not expire
 */
public record CredentialFacts(@Nullable Jurisdiction state, @Nullable String number, @Nullable String issuer,
		@Nullable Integer trainingHours, @Nullable Integer supervisedSessions, LocalDate issuedOn,
		@Nullable LocalDate expiresOn) {

	public CredentialFacts {
		if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
			throw new InvalidFieldException("expiresOn", "must not be before issuedOn (" + issuedOn + ")");
		}
		if (trainingHours != null && trainingHours < 0) {
			throw new InvalidFieldException("trainingHours", "must not be negative");
		}
		if (supervisedSessions != null && supervisedSessions < 0) {
			throw new InvalidFieldException("supervisedSessions", "must not be negative");
		}
	}

	/** Whether it is still valid on that day: issued by then and not expired before. */
	public boolean validOn(LocalDate day) {
		return !this.issuedOn.isAfter(day) && !expiresBefore(day);
	}

	/** Whether its last valid day comes before that day. */
	public boolean expiresBefore(LocalDate day) {
		return this.expiresOn != null && this.expiresOn.isBefore(day);
	}

	void checkFitFor(CredentialKind kind) {
		if (kind == CredentialKind.DRY_NEEDLING_CERTIFICATION) {
			require("issuer", this.issuer, "is required for a certification");
			require("trainingHours", this.trainingHours, "is required for a certification");
			require("supervisedSessions", this.supervisedSessions, "is required for a certification");
		}
		else {
			require("state", this.state, "is required for a " + kind);
			require("number", this.number, "is required for a " + kind);
		}
	}

	private static void require(String field, @Nullable Object value, String message) {
		if (value == null) {
			throw new InvalidFieldException(field, message);
		}
	}

}
