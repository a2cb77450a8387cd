package com.ptpractice.scheduling.booking.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.booking.AppointmentViews;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.common.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedules: a clinic's day, a therapist's schedule, a patient's appointments (a patient
 * sees only their own).
 */
@RestController
class ScheduleController {

	static final String STAFF = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.THERAPIST + "','"
			+ Roles.PRACTICE_ADMIN + "')";

	static final String STAFF_OR_PATIENT = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.THERAPIST + "','"
			+ Roles.PRACTICE_ADMIN + "','" + Roles.PATIENT + "')";

	private final AppointmentViews views;

	private final BookingService booking;

	ScheduleController(AppointmentViews views, BookingService booking) {
		this.views = views;
		this.booking = booking;
	}

	@GetMapping("/appointments/{id}")
	@PreAuthorize(STAFF)
	AppointmentResponse get(@PathVariable UUID id) {
		return AppointmentResponse.of(this.booking.get(id));
	}

	@GetMapping("/clinics/{id}/day")
	@PreAuthorize(STAFF)
	List<AppointmentResponse> clinicDay(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return responses(this.views.clinicDay(id, date));
	}

	@GetMapping("/therapists/{id}/schedule")
	@PreAuthorize(STAFF)
	List<AppointmentResponse> therapistSchedule(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to) {
		return responses(this.views.therapistSchedule(id, from.toInstant(), to.toInstant()));
	}

	@GetMapping("/appointments")
	@PreAuthorize(STAFF_OR_PATIENT)
	List<AppointmentResponse> ofPatient(@RequestParam(required = false) @Nullable UUID patientId,
			Authentication caller) {
		if (isStaff(caller)) {
			if (patientId == null) {
				throw new InvalidFieldException("patientId", "is required");
			}
			return responses(this.views.ofPatient(patientId));
		}
		String token = ((JwtAuthenticationToken) caller).getToken().getTokenValue();
		return responses(this.views.ofSignedInPatient(token, patientId));
	}

	private static boolean isStaff(Authentication caller) {
		return AuthorityUtils.authorityListToSet(caller.getAuthorities())
			.stream()
			.anyMatch((role) -> List
				.of("ROLE_" + Roles.FRONT_DESK, "ROLE_" + Roles.THERAPIST, "ROLE_" + Roles.PRACTICE_ADMIN)
				.contains(role));
	}

	private static List<AppointmentResponse> responses(List<ScheduledAppointment> appointments) {
		return appointments.stream().map(AppointmentResponse::of).toList();
	}

}
