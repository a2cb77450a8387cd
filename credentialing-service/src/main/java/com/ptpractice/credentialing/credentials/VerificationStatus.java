package com.ptpractice.credentialing.credentials;

/**
 * Whether a credentialing administrator has checked the credential with its primary
 * source.
 */
public enum VerificationStatus {

	/** Not checked yet, or its facts changed since it was. */
	PENDING,

	/** Checked and confirmed with the primary source. */
	VERIFIED,

	/** Checked, and the primary source did not confirm it. */
	REJECTED

}
