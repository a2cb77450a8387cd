package com.ptpractice.patients.readiness.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.needling.Decision;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.readiness.DryNeedlingReadiness;

import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dry-needling readiness decisions, in the shared wire format. The gateway and the
 * scheduling service ask with the booking person's token when a person books (so the
 * access audit names them) and with their own service tokens otherwise (the at-risk
 * watch); front desks, practice administrators and therapists may ask too, and a patient
 * about themselves.
 */
@RestController
class ReadinessController {

	private final DryNeedlingReadiness readiness;

	ReadinessController(DryNeedlingReadiness readiness) {
		this.readiness = readiness;
	}

	/**
	 * @param at the appointment's start: an ISO-8601 date-time with an offset, such as
	 * {@code 2026-12-01T10:00:00-07:00} (a {@code +} must be sent as {@code %2B})
	 */
	@GetMapping("/patients/{id}/dry-needling-readiness")
	@PreAuthorize("hasAnyRole('SERVICE', 'FRONT_DESK', 'PRACTICE_ADMIN', 'THERAPIST', 'PATIENT')")
	Decision decide(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime at,
			Authentication caller) {
		return this.readiness.decide(id, at.toInstant(), Actor.of(caller));
	}

}
