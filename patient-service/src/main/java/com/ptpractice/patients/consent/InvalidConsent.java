package com.ptpractice.patients.consent;

/**
 * A consent form that cannot be recorded as entered.
 */
public class InvalidConsent extends RuntimeException {

	private final String field;

	InvalidConsent(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request field at fault. */
	public String field() {
		return this.field;
	}

}
