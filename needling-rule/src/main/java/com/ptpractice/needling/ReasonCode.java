package com.ptpractice.needling;

/**
 * Every reason a dry-needling visit may be refused, as stable codes that services, the
 * gateway and the web front end rely on. Grouped by who must act: the therapist's
 * credentials (decided by the credentialing service), the patient (decided by the patient
 * service) and the practice's own record of the patient's visits (scheduling).
 */
public enum ReasonCode {

	/** No therapist with this id is registered. */
	THERAPIST_UNKNOWN(Party.THERAPIST),

	/** The therapist no longer works for the practice. */
	THERAPIST_INACTIVE(Party.THERAPIST),

	/** No version of the state's rule is in force on the appointment's date. */
	STATE_RULE_NOT_IN_FORCE(Party.STATE),

	/** The state's law does not allow physical therapists to dry-needle. */
	STATE_PROHIBITS_DRY_NEEDLING(Party.STATE),

	/** The state's law is unsettled and the practice's policy denies such states. */
	STATE_UNSETTLED_POLICY_DENIES(Party.STATE),

	/** No license or compact privilege in the state, issued by the appointment's date. */
	NO_LICENSE_IN_STATE(Party.THERAPIST),

	/** The license has not been verified with its primary source. */
	LICENSE_NOT_VERIFIED(Party.THERAPIST),

	/** The license is suspended or revoked. */
	LICENSE_NOT_ACTIVE(Party.THERAPIST),

	/** The license's last valid day comes before the appointment's date. */
	LICENSE_EXPIRES_BEFORE_APPOINTMENT(Party.THERAPIST),

	/** Licensed in the state for fewer years than the state requires. */
	TOO_FEW_YEARS_LICENSED(Party.THERAPIST),

	/** No verified, active dry-needling certification that counts in the state. */
	NO_VERIFIED_CERTIFICATION(Party.THERAPIST),

	/** Every verified certification expires before the appointment's date. */
	CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT(Party.THERAPIST),

	/** Fewer training hours than the state requires. */
	TOO_FEW_TRAINING_HOURS(Party.THERAPIST),

	/** Fewer supervised sessions than the state requires. */
	TOO_FEW_SUPERVISED_SESSIONS(Party.THERAPIST),

	/**
	 * The state requires an endorsement or registration that is missing or not usable.
	 */
	ENDORSEMENT_REQUIRED(Party.THERAPIST),

	/** There is no patient with this id. */
	PATIENT_UNKNOWN(Party.PATIENT),

	/** No consent signed at or before the appointment. */
	CONSENT_MISSING(Party.PATIENT),

	/** Every consent signed before the appointment is revoked by then. */
	CONSENT_REVOKED(Party.PATIENT),

	/** No screening recorded at or before the appointment. */
	SCREENING_MISSING(Party.PATIENT),

	/** The latest screening is more than 90 days old at the appointment. */
	SCREENING_OUTDATED(Party.PATIENT),

	/** A contraindication the screening flagged has no therapist's clearance. */
	CONTRAINDICATION_NOT_CLEARED(Party.PATIENT),

	/** The patient has had no initial evaluation at the practice before the visit. */
	NO_PRIOR_EVALUATION(Party.PATIENT);

	private final Party party;

	ReasonCode(Party party) {
		this.party = party;
	}

	/** Whose fact the reason is about. */
	public Party party() {
		return this.party;
	}

	/**
	 * Whose fact a reason is about.
	 */
	public enum Party {

		/** The state's law or the practice's policy for the state: holds for anyone. */
		STATE,

		/** The therapist's registration and credentials. */
		THERAPIST,

		/** The patient's record, consent, screening and visits. */
		PATIENT

	}

}
