package com.ptpractice.credentialing.credentials;

/**
 * Whether the issuing body lets the credential be used.
 */
public enum CredentialStatus {

	ACTIVE, SUSPENDED, REVOKED

}
