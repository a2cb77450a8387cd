package com.ptpractice.scheduling.appointmenttypes;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The types a visit can be booked as.
 */
@Service
@Transactional(readOnly = true)
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
