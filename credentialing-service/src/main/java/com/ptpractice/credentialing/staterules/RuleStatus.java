package com.ptpractice.credentialing.staterules;

/**
 * What a state's law says about physical therapists performing dry needling.
 */
public enum RuleStatus {

	/** Not allowed. */
	PROHIBITED,

	/** Allowed, under the rule's conditions. */
	PERMITTED,

	/** Allowed only to a therapist who holds the state's dry-needling endorsement. */
	PERMITTED_WITH_ENDORSEMENT,

	/** The law is silent or unclear: the practice-wide policy decides. */
	UNSETTLED

}
