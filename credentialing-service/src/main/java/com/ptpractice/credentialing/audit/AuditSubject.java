package com.ptpractice.credentialing.audit;

/**
 * The kinds of record whose changes are audited.
 */
public enum AuditSubject {

	THERAPIST, CREDENTIAL, STATE_RULE, UNSETTLED_STATE_POLICY

}
