package com.ptpractice.patients.consent;

import java.util.UUID;

/**
 * The patient has no consent with this id.
 */
public class ConsentNotFound extends RuntimeException {

	ConsentNotFound(UUID consentId) {
		super("No consent " + consentId + " for this patient");
	}

}
