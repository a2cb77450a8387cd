package com.ptpractice.scheduling.clinics.web;

import com.ptpractice.scheduling.clinics.ClinicDetails;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A clinic as an administrator changes it: the whole clinic, as read at {@code version}.
 * Nothing is defaulted: every required field, {@code active} and {@code version}
 * included, must be sent (else a 400 naming it), so that a client that forgets a field
 * cannot reopen a closed clinic or blank an address.
 *
 * @param name the clinic's name
 * @param addressLine1 street and number
 * @param addressLine2 suite or floor, optional (omitted or blank clears it)
 * @param city the city
 * @param state two-letter US state or DC; cannot change while visits lie ahead
 * @param postalCode ZIP or ZIP+4
 * @param phone phone number
 * @param zoneId IANA time zone; cannot change while visits lie ahead
 * @param latitude degrees north
 * @param longitude degrees east
 * @param active whether it takes bookings
 * @param version the version read; a stale one is a 409
 */
record ClinicUpdateRequest(@NotBlank @Size(max = 200) @Nullable String name,
		@NotBlank @Size(max = 200) @Nullable String addressLine1, @Size(max = 200) @Nullable String addressLine2,
		@NotBlank @Size(max = 100) @Nullable String city,
		@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter US state or DC") @Nullable String state,
		@NotNull @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?",
				message = "must be a ZIP such as 80202 or 80202-1234") @Nullable String postalCode,
		@NotNull @Pattern(regexp = "[0-9+()\\-. ]{7,30}", message = "must be a phone number") @Nullable String phone,
		@NotBlank @Nullable String zoneId, @NotNull @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude, @NotNull @Nullable Boolean active,
		@NotNull @PositiveOrZero @Nullable Integer version) {

	ClinicDetails toDetails() {
		// validated: every @NotNull field is present
		return new ClinicRequest(this.name, this.addressLine1, this.addressLine2, this.city, this.state,
				this.postalCode, this.phone, this.zoneId, this.latitude, this.longitude, this.active)
			.toDetails();
	}

	int expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
