package com.ptpractice.scheduling.appointmenttypes;

import java.util.List;

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

}
