package com.ptpractice.scheduling.finder;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A clinic that offers dry needling, as the public may see it.
 *
 * @param id the clinic
 * @param name its name
 * @param addressLine1 street and number
 * @param addressLine2 suite or floor, if any
 * @param city the city
 * @param state two-letter state
 * @param postalCode ZIP
 * @param phone the clinic's phone
 * @param zoneId the clinic's zone
 * @param latitude degrees north
 * @param longitude degrees east
 * @param distanceKm great-circle distance from the point searched near, if any
 * @param nextNeedlingSlot the earliest free needling slot within the look-ahead, if any
 */
public record FoundClinic(UUID id, String name, String addressLine1, @Nullable String addressLine2, String city,
		String state, String postalCode, String phone, ZoneId zoneId, double latitude, double longitude,
		@Nullable Double distanceKm, @Nullable NextSlot nextNeedlingSlot) {

	/**
	 * When the next needling visit could start (no therapist named).
	 *
	 * @param startsAt the instant, with the clinic's offset then
	 * @param localStart clinic-local date and time
	 */
	public record NextSlot(OffsetDateTime startsAt, LocalDateTime localStart) {
	}

}
