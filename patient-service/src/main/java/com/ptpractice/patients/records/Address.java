package com.ptpractice.patients.records;

import org.jspecify.annotations.Nullable;

/**
 * A US postal address.
 *
 * @param line1 street and number
 * @param line2 apartment, suite or unit
 * @param city the city
 * @param state two-letter state or DC code
 * @param postalCode ZIP or ZIP+4
 */
public record Address(String line1, @Nullable String line2, String city, String state, String postalCode) {

	public Address {
		line1 = line1.strip();
		line2 = (line2 == null || line2.isBlank()) ? null : line2.strip();
		city = city.strip();
	}

}
