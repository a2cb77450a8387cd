package com.ptpractice.patients.records;

/**
 * The two-letter codes of the fifty states and the District of Columbia.
 */
public final class UsStates {

	/** A regular expression matching exactly one of the codes. */
	public static final String PATTERN = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
			+ "|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";

	private UsStates() {
	}

}
