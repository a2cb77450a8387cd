package com.ptpractice.credentialing.credentials;

/**
 * What a credential is.
 */
public enum CredentialKind {

	/** A state's physical-therapist license. */
	STATE_LICENSE,

	/**
	 * A PT Compact privilege to practise in a remote state; counts as a license there.
	 */
	COMPACT_PRIVILEGE,

	/**
	 * Completion of a dry-needling course, with its training hours and supervised
	 * sessions; national unless it names a state.
	 */
	DRY_NEEDLING_CERTIFICATION,

	/** A state's dry-needling endorsement or registration. */
	DRY_NEEDLING_ENDORSEMENT;

	/** Whether it lets the therapist practise physical therapy in its state. */
	public boolean countsAsLicense() {
		return this == STATE_LICENSE || this == COMPACT_PRIVILEGE;
	}

}
