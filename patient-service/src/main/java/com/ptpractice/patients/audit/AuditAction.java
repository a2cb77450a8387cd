package com.ptpractice.patients.audit;

/**
 * What was done with a patient's record.
 */
public enum AuditAction {

	/** A new record was created. */
	REGISTER,

	/**
	 * A registration matched this record by name and birth date, and was told its number.
	 */
	DUPLICATE_MATCH,

	/** The record was among the results of a search. */
	SEARCH_RESULT,

	/** The record was read. */
	READ,

	UPDATE_DEMOGRAPHICS,

	/** The record was linked to the patient's own login. */
	LINK_LOGIN,

	/** The link to the patient's own login was removed. */
	UNLINK_LOGIN,

	READ_SCREENINGS,

	RECORD_SCREENING,

	RECORD_CLEARANCE,

	/** A screening was corrected by a new record pointing at it. */
	CORRECT_SCREENING,

	/** A clearance was corrected by a new record pointing at it. */
	CORRECT_CLEARANCE,

	READ_CONSENTS,

	RECORD_CONSENT,

	REVOKE_CONSENT,

	/** A dry-needling readiness decision was made for the patient. */
	READ_READINESS

}
