package com.ptpractice.patients.readiness;

/**
 * Why a patient is not ready for dry needling: stable codes the gateway and the
 * scheduling service pass on.
 */
public enum ReasonCode {

	/** No consent signed at or before the appointment. */
	CONSENT_MISSING,

	/** Every consent signed before the appointment is revoked by then. */
	CONSENT_REVOKED,

	/** No screening recorded at or before the appointment. */
	SCREENING_MISSING,

	/** The latest screening is more than 90 days old at the appointment. */
	SCREENING_OUTDATED,

	/** A contraindication the screening flagged has no therapist's clearance. */
	CONTRAINDICATION_NOT_CLEARED,

	/** There is no patient with this id. */
	PATIENT_UNKNOWN

}
