package com.ptpractice.scheduling.clinics.web;

import java.util.UUID;

import com.ptpractice.scheduling.clinics.Clinic;
import org.jspecify.annotations.Nullable;

/**
 * A clinic as the API shows it.
 *
 * @param id the clinic's id
 * @param name its name
 * @param addressLine1 street and number
 * @param addressLine2 suite or floor
 * @param city the city
 * @param state two-letter US state or DC
 * @param postalCode ZIP
 * @param phone phone number
 * @param zoneId IANA time zone of its local times
 * @param latitude degrees north
 * @param longitude degrees east
 * @param active whether it takes bookings
 * @param version for optimistic locking
 */
record ClinicResponse(UUID id, String name, String addressLine1, @Nullable String addressLine2, String city,
		String state, String postalCode, String phone, String zoneId, double latitude, double longitude, boolean active,
		int version) {

	static ClinicResponse of(Clinic clinic) {
		return new ClinicResponse(clinic.id(), clinic.name(), clinic.addressLine1(), clinic.addressLine2(),
				clinic.city(), clinic.state(), clinic.postalCode(), clinic.phone(), clinic.zoneId().getId(),
				clinic.latitude(), clinic.longitude(), clinic.isActive(), clinic.version());
	}

}
