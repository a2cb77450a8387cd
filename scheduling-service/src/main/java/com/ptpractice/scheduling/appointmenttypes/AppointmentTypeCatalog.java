package com.ptpractice.scheduling.appointmenttypes;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The types a visit can be booked as. Each method is one statement, so it runs without a
 * transaction of its own: a read-only transaction added a COMMIT round trip to every
 * booking and every read of the types (issue 15's profile: 2-3 ms each on the loaded
 * bench machine) and made no read more consistent than the statement alone.
 */
@Service
public class AppointmentTypeCatalog {

	private final AppointmentTypes types;

	AppointmentTypeCatalog(AppointmentTypes types) {
		this.types = types;
	}

	/** Every type that can be booked now, by code. */
	public List<AppointmentType> bookable() {
		return this.types.findByActiveTrueOrderByCode();
	}

	/** The bookable type with this code, if there is one. */
	public Optional<AppointmentType> bookable(String code) {
		return this.types.findByCode(code).filter(AppointmentType::isActive);
	}

}
