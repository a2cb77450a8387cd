package com.ptpractice.credentialing.expiry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * What expires within a window or has expired, per therapist, and when each therapist's
 * dry-needling eligibility lapses in each state where they hold a license. Ids only, no
 * names: the report is stored and may be forwarded.
 *
 * @param asOf the day the report looks from
 * @param withinDays how many days ahead it looks
 * @param therapists the therapists with something to act on, by id
 */
public record ExpiryReport(LocalDate asOf, int withinDays, List<TherapistExpiries> therapists) {

	/**
	 * One therapist's expiring credentials and needling lapses.
	 *
	 * @param therapistId the therapist
	 * @param credentials credentials expiring within the window or already expired, and
	 * not replaced by a later one of the same kind and state
	 * @param needlingLapses where the therapist may dry-needle on {@code asOf} but no
	 * longer within the window, and from which day
	 */
	public record TherapistExpiries(UUID therapistId, List<ExpiringCredential> credentials,
			List<NeedlingLapse> needlingLapses) {
	}

	/**
	 * A credential that expires soon or has expired.
	 *
	 * @param credentialId the credential
	 * @param kind what it is
	 * @param state where it applies; null for a national certification
	 * @param expiresOn its last valid day
	 * @param expired whether that day has passed
	 */
	public record ExpiringCredential(UUID credentialId, CredentialKind kind, @Nullable Jurisdiction state,
			LocalDate expiresOn, boolean expired) {
	}

	/**
	 * The day a therapist's dry-needling eligibility in a state lapses.
	 *
	 * @param state the state
	 * @param lapsesOn the first day the therapist is no longer eligible there
	 */
	public record NeedlingLapse(Jurisdiction state, LocalDate lapsesOn) {
	}

}
