package com.ptpractice.patients.consent;

/**
 * Who signed a consent form.
 */
public enum Signer {

	PATIENT, LEGAL_GUARDIAN

}
