package com.ptpractice.scheduling.appointmenttypes.web;

import java.util.List;

import com.ptpractice.scheduling.appointmenttypes.AppointmentTypeCatalog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists what can be booked. Every signed-in user and platform service may read it.
 */
@RestController
class AppointmentTypeController {

	private final AppointmentTypeCatalog catalog;

	AppointmentTypeController(AppointmentTypeCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/appointment-types")
	@PreAuthorize("isAuthenticated()")
	List<AppointmentTypeResponse> list() {
		return this.catalog.bookable().stream().map(AppointmentTypeResponse::of).toList();
	}

}
