package com.ptpractice.scheduling.finder.web;

import java.util.List;

import com.ptpractice.scheduling.finder.ClinicFinder;
import com.ptpractice.scheduling.finder.FinderCriteria;
import com.ptpractice.scheduling.finder.FoundClinic;
import org.jspecify.annotations.Nullable;

/**
 * The finder's answer: the clinics offering the service, nearest (or by name) first.
 *
 * @param service the service searched for
 * @param state the state searched, if any
 * @param radiusKm the radius searched, if any
 * @param maxClinics at most this many clinics are answered
 * @param clinics the clinics
 */
record ClinicFinderResponse(String service, @Nullable String state, @Nullable Double radiusKm, int maxClinics,
		List<ClinicResponse> clinics) {

	static ClinicFinderResponse of(FinderCriteria criteria, List<FoundClinic> found) {
		return new ClinicFinderResponse(FinderCriteria.DRY_NEEDLING, criteria.state(), criteria.radiusKm(),
				ClinicFinder.MAX_CLINICS, found.stream().map(ClinicResponse::of).toList());
	}

	/**
	 * A clinic offering dry needling.
	 *
	 * @param id the clinic
	 * @param name its name
	 * @param address where it is
	 * @param state two-letter state
	 * @param zoneId IANA zone of its local times
	 * @param latitude degrees north
	 * @param longitude degrees east
	 * @param phone the clinic's phone
	 * @param distanceKm great-circle distance from {@code near}, if searched near a point
	 * @param nextNeedlingSlot the earliest free needling slot in the next 14 days, or
	 * null
	 */
	record ClinicResponse(String id, String name, Address address, String state, String zoneId, double latitude,
			double longitude, String phone, @Nullable Double distanceKm,
			FoundClinic.@Nullable NextSlot nextNeedlingSlot) {

		static ClinicResponse of(FoundClinic clinic) {
			return new ClinicResponse(clinic.id().toString(), clinic.name(),
					new Address(clinic.addressLine1(), clinic.addressLine2(), clinic.city(), clinic.state(),
							clinic.postalCode()),
					clinic.state(), clinic.zoneId().getId(), clinic.latitude(), clinic.longitude(), clinic.phone(),
					clinic.distanceKm(), clinic.nextNeedlingSlot());
		}

	}

	/**
	 * A postal address.
	 *
	 * @param line1 street and number
	 * @param line2 suite or floor, if any
	 * @param city the city
	 * @param state two-letter state
	 * @param postalCode ZIP
	 */
	record Address(String line1, @Nullable String line2, String city, String state, String postalCode) {
	}

}
