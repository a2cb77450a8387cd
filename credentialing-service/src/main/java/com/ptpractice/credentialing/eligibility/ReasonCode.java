package com.ptpractice.credentialing.eligibility;

/**
 * Why a therapist may not perform dry needling: stable codes that callers may rely on.
 */
public enum ReasonCode {

	/** The batch named a therapist id that does not exist. */
	THERAPIST_UNKNOWN,

	/** The therapist no longer works for the practice. */
	THERAPIST_INACTIVE,

	/** No version of the state's rule is in force on the appointment's date. */
	STATE_RULE_NOT_IN_FORCE,

	/** The state's law does not allow physical therapists to dry-needle. */
	STATE_PROHIBITS_DRY_NEEDLING,

	/** The state's law is unsettled and the practice's policy denies such states. */
	STATE_UNSETTLED_POLICY_DENIES,

	/** No license or compact privilege in the state, issued by the appointment's date. */
	NO_LICENSE_IN_STATE,

	/** The license has not been verified with its primary source. */
	LICENSE_NOT_VERIFIED,

	/** The license is suspended or revoked. */
	LICENSE_NOT_ACTIVE,

	/** The license's last valid day comes before the appointment's date. */
	LICENSE_EXPIRES_BEFORE_APPOINTMENT,

	/** Licensed in the state for fewer years than the state requires. */
	TOO_FEW_YEARS_LICENSED,

	/** No verified, active dry-needling certification that counts in the state. */
	NO_VERIFIED_CERTIFICATION,

	/** Every verified certification expires before the appointment's date. */
	CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT,

	/** Fewer training hours than the state requires. */
	TOO_FEW_TRAINING_HOURS,

	/** Fewer supervised sessions than the state requires. */
	TOO_FEW_SUPERVISED_SESSIONS,

	/**
	 * The state requires an endorsement or registration that is missing or not usable.
	 */
	ENDORSEMENT_REQUIRED

}
