package com.ptpractice.scheduling.clinics;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator says about a clinic, already checked.
 *
 * @param name the clinic's name
 * @param addressLine1 street and number
 * @param addressLine2 suite or floor, if any
 * @param city the city
 * @param state two-letter US state or DC
 * @param postalCode five-digit ZIP, optionally ZIP+4
 * @param phone the clinic's phone number
 * @param zoneId the IANA zone of the clinic's local times
 * @param latitude degrees north
 * @param longitude degrees east
 * @param active whether the clinic takes bookings
 */
public record ClinicDetails(String name, String addressLine1, @Nullable String addressLine2, String city, String state,
		String postalCode, String phone, ZoneId zoneId, double latitude, double longitude, boolean active) {
}
