package com.ptpractice.scheduling.availability.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.availability.AvailabilityService;
import com.ptpractice.scheduling.availability.SearchCapacity;
import com.ptpractice.scheduling.availability.SlotSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Free slots for front desks, administrators, therapists and platform services (the
 * gateway).
 */
@RestController
class AvailabilityController {

	static final String READERS = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.PRACTICE_ADMIN + "','"
			+ Roles.THERAPIST + "','" + Roles.SERVICE + "')";

	private final AvailabilityService availability;

	private final SearchCapacity capacity;

	AvailabilityController(AvailabilityService availability, SearchCapacity capacity) {
		this.availability = availability;
		this.capacity = capacity;
	}

	@GetMapping("/availability")
	@PreAuthorize(READERS)
	List<SlotResponse> freeSlots(@RequestParam String type,
			@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) @Nullable UUID clinicId,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable UUID therapistId, @RequestParam(defaultValue = "100") int limit) {
		SlotSearch search = new SlotSearch(type, from.toInstant(), to.toInstant(), clinicId, state, therapistId, limit);
		return this.capacity.run(() -> this.availability.freeSlots(search)).stream().map(SlotResponse::of).toList();
	}

}
