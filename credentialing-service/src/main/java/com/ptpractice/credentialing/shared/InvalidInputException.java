package com.ptpractice.credentialing.shared;

/**
 * Input that passed the shape checks but breaks a rule of the domain, such as an expiry
 * date before the issue date: a 400 problem naming the field.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
