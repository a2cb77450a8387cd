package com.ptpractice.patients.consent;

import java.util.UUID;

/**
 * A consent can be revoked once.
 */
public class ConsentAlreadyRevoked extends RuntimeException {

	ConsentAlreadyRevoked(UUID consentId) {
		super("Consent " + consentId + " is already revoked");
	}

}
