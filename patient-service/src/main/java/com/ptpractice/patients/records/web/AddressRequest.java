package com.ptpractice.patients.records.web;

import com.ptpractice.patients.records.Address;
import com.ptpractice.patients.records.UsStates;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A US postal address.
 *
 * @param line1 street and number
 * @param line2 apartment, suite or unit (optional)
 * @param city the city
 * @param state two-letter code of a state or DC
 * @param postalCode ZIP or ZIP+4
 */
record AddressRequest(@NotBlank @Size(max = 200) String line1, @Size(max = 200) @Nullable String line2,
		@NotBlank @Size(max = 100) String city,
		@NotBlank @Pattern(regexp = UsStates.PATTERN,
				message = "must be the two-letter code of a US state or DC, such as CO") String state,
		@NotBlank @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?",
				message = "must be a ZIP code: 5 digits, optionally -4 more") String postalCode) {

	Address toAddress() {
		return new Address(this.line1, this.line2, this.city, this.state, this.postalCode);
	}

	static AddressRequest of(Address address) {
		return new AddressRequest(address.line1(), address.line2(), address.city(), address.state(),
				address.postalCode());
	}

}
