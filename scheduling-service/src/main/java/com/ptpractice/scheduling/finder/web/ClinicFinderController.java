package com.ptpractice.scheduling.finder.web;

import com.ptpractice.scheduling.availability.SearchCapacity;
import com.ptpractice.scheduling.finder.ClinicFinder;
import com.ptpractice.scheduling.finder.FinderCriteria;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public clinic finder: no login (see {@code SecurityConfiguration}); the gateway
 * routes {@code /api/public/clinics} here and rate-limits it.
 */
@RestController
class ClinicFinderController {

	private final ClinicFinder finder;

	private final SearchCapacity capacity;

	ClinicFinderController(ClinicFinder finder, SearchCapacity capacity) {
		this.finder = finder;
		this.capacity = capacity;
	}

	@GetMapping("/public/clinics")
	ClinicFinderResponse find(@RequestParam String service, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String near,
			@RequestParam(required = false) @Nullable Double radiusKm) {
		FinderCriteria criteria = FinderCriteria.of(service, state, near, radiusKm);
		return ClinicFinderResponse.of(criteria, this.capacity.run(() -> this.finder.find(criteria)));
	}

}
