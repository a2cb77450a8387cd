package com.ptpractice.common.web;

/**
 * One input is wrong in a way bean validation cannot see (an unknown state, a range too
 * long): a 400 naming the field, like any other invalid input.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
