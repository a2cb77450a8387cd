package com.ptpractice.patients.records;

/**
 * A patient search whose criteria are missing or too broad.
 */
public class InvalidSearch extends RuntimeException {

	private final String field;

	InvalidSearch(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The query parameter at fault. */
	public String field() {
		return this.field;
	}

}
