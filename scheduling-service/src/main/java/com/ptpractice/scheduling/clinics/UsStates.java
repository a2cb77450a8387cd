package com.ptpractice.scheduling.clinics;

import java.util.Set;

/**
 * The two-letter codes of the 50 US states and the District of Columbia.
 */
public final class UsStates {

	private static final Set<String> CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
			"HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
			"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
			"WA", "WV", "WI", "WY");

	private UsStates() {
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

}
