package com.ptpractice.scheduling.booking.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.booking.BookingService.Booking;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.booking.Reschedule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking and the lifecycle of an appointment. Front desks (and practice administrators)
 * book, reschedule, cancel and correct a mistaken status; front desks and therapists
 * (their own visits) check in, complete and record no-shows. Patients do not book in this
 * version.
 */
@RestController
class AppointmentController {

	static final String DESK = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.PRACTICE_ADMIN + "')";

	static final String CLINICIANS = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.THERAPIST + "','"
			+ Roles.PRACTICE_ADMIN + "')";

	private final BookingService booking;

	AppointmentController(BookingService booking) {
		this.booking = booking;
	}

	/**
	 * Books. With an {@code Idempotency-Key} (optional, recommended), a retry with the
	 * same body answers the first booking again; the same key with another body is 422.
	 */
	@PostMapping("/appointments")
	@PreAuthorize(DESK)
	ResponseEntity<AppointmentResponse> book(
			@Valid @RequestBody BookAppointmentRequest request, @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable @Size(min = 1, max = 200) String idempotencyKey,
			Authentication caller) {
		Booking booked = this.booking.book(request.toCommand(), caller.getName(), idempotencyKey);
		AppointmentResponse body = AppointmentResponse.of(booked.scheduled());
		return ResponseEntity.created(URI.create("/appointments/" + body.id()))
			.header("Idempotent-Replayed", String.valueOf(booked.replayed()))
			.body(body);
	}

	/**
	 * Moves a visit. With an {@code Idempotency-Key}, a retry with the same body answers
	 * the visit as the first move left it; the same key with another body is 422.
	 */
	@PostMapping("/appointments/{id}/reschedule")
	@PreAuthorize(DESK)
	ResponseEntity<AppointmentResponse> reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(min = 1,
					max = 200) String idempotencyKey,
			Authentication caller) {
		Booking moved = this.booking.reschedule(
				new Reschedule(id, request.startsAt().toInstant(), request.therapistId()), caller.getName(),
				idempotencyKey);
		return ResponseEntity.ok()
			.header("Idempotent-Replayed", String.valueOf(moved.replayed()))
			.body(AppointmentResponse.of(moved.scheduled()));
	}

	@PostMapping("/appointments/{id}/cancel")
	@PreAuthorize(DESK)
	AppointmentResponse cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request,
			Authentication caller) {
		return AppointmentResponse.of(this.booking.cancel(id, request.reason(), caller.getName()));
	}

	/**
	 * From 15 minutes before the visit's start; a therapist only for their own visits.
	 */
	@PostMapping("/appointments/{id}/check-in")
	@PreAuthorize(CLINICIANS)
	AppointmentResponse checkIn(@PathVariable UUID id, Authentication caller) {
		return AppointmentResponse.of(this.booking.checkIn(id, caller.getName(), onlyOwnVisits(caller)));
	}

	/** From the visit's start; a therapist only for their own visits. */
	@PostMapping("/appointments/{id}/complete")
	@PreAuthorize(CLINICIANS)
	AppointmentResponse complete(@PathVariable UUID id, Authentication caller) {
		return AppointmentResponse.of(this.booking.complete(id, caller.getName(), onlyOwnVisits(caller)));
	}

	/** Only after the visit's start; a therapist only for their own visits. */
	@PostMapping("/appointments/{id}/no-show")
	@PreAuthorize(CLINICIANS)
	AppointmentResponse noShow(@PathVariable UUID id, Authentication caller) {
		return AppointmentResponse.of(this.booking.markNoShow(id, caller.getName(), onlyOwnVisits(caller)));
	}

	/**
	 * Corrects a status recorded by mistake (such as a no-show for a patient who came):
	 * front desk or practice administrator, with a reason, written as an appointment
	 * event naming who and why.
	 */
	@PostMapping("/appointments/{id}/corrections")
	@PreAuthorize(DESK)
	AppointmentResponse correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
			Authentication caller) {
		return AppointmentResponse
			.of(this.booking.correct(id, request.checkedStatus(), request.reason().strip(), caller.getName()));
	}

	/**
	 * A therapist who is not also front desk or administrator acts on own visits only.
	 */
	private static boolean onlyOwnVisits(Authentication caller) {
		Set<String> roles = AuthorityUtils.authorityListToSet(caller.getAuthorities());
		return roles.contains("ROLE_" + Roles.THERAPIST) && !roles.contains("ROLE_" + Roles.FRONT_DESK)
				&& !roles.contains("ROLE_" + Roles.PRACTICE_ADMIN);
	}

}
