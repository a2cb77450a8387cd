package com.ptpractice.scheduling.problems;

/**
 * Input that is well-formed but not acceptable, such as an unknown time zone or a slot
 * off the grid: a 400 naming the field.
 */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
