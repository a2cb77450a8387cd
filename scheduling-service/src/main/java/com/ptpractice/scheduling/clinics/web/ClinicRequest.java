package com.ptpractice.scheduling.clinics.web;

import java.time.ZoneId;

import com.ptpractice.scheduling.clinics.ClinicDetails;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.common.web.InvalidFieldException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A clinic as an administrator enters it.
 *
 * @param name the clinic's name
 * @param addressLine1 street and number
 * @param addressLine2 suite or floor, optional
 * @param city the city
 * @param state two-letter US state or DC
 * @param postalCode ZIP or ZIP+4
 * @param phone phone number
 * @param zoneId IANA time zone, such as {@code America/Denver}
 * @param latitude degrees north
 * @param longitude degrees east
 * @param active whether it takes bookings; a new clinic does unless {@code false} is sent
 */
record ClinicRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String addressLine1,
		@Nullable @Size(max = 200) String addressLine2, @NotBlank @Size(max = 100) String city,
		@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter US state or DC") String state,
		@NotNull @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?",
				message = "must be a ZIP such as 80202 or 80202-1234") String postalCode,
		@NotNull @Pattern(regexp = "[0-9+()\\-. ]{7,30}", message = "must be a phone number") String phone,
		@NotBlank String zoneId, @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude, @Nullable Boolean active) {

	ClinicDetails toDetails() {
		return new ClinicDetails(this.name.strip(), this.addressLine1.strip(), blankToNull(this.addressLine2),
				this.city.strip(), ClinicService.checkedState("state", this.state), this.postalCode, this.phone,
				zone(this.zoneId), this.latitude, this.longitude, this.active == null || this.active);
	}

	private static ZoneId zone(String zoneId) {
		if (!zoneId.contains("/") || !ZoneId.getAvailableZoneIds().contains(zoneId)) {
			throw new InvalidFieldException("zoneId", "is not an IANA time zone such as America/Denver");
		}
		return ZoneId.of(zoneId);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
