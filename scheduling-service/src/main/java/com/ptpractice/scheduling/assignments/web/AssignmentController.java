package com.ptpractice.scheduling.assignments.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.assignments.Assignment;
import com.ptpractice.scheduling.assignments.AssignmentService;
import com.ptpractice.scheduling.assignments.TimeOff;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice administrators say who works where and when, and record time off.
 */
@RestController
class AssignmentController {

	static final String ADMIN = "hasRole('" + Roles.PRACTICE_ADMIN + "')";

	static final String STAFF = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.THERAPIST + "','"
			+ Roles.PRACTICE_ADMIN + "')";

	private final AssignmentService assignments;

	AssignmentController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/clinics/{clinicId}/assignments")
	@PreAuthorize(ADMIN)
	ResponseEntity<AssignmentResponse> assign(@PathVariable UUID clinicId,
			@Valid @RequestBody AssignmentRequest request, Authentication caller) {
		Assignment assignment = this.assignments.assign(clinicId, request.therapistId(), request.effectiveFrom(),
				request.effectiveUntil(), request.hours().stream().map(WeeklyHoursRequest::toHours).toList(),
				caller.getName());
		return ResponseEntity.created(URI.create("/clinics/" + clinicId + "/assignments/" + assignment.id()))
			.body(AssignmentResponse.of(assignment));
	}

	@GetMapping("/clinics/{clinicId}/assignments")
	@PreAuthorize(STAFF)
	List<AssignmentResponse> atClinic(@PathVariable UUID clinicId) {
		return this.assignments.atClinic(clinicId).stream().map(AssignmentResponse::of).toList();
	}

	@PostMapping("/therapists/{therapistId}/time-off")
	@PreAuthorize(ADMIN)
	ResponseEntity<TimeOffResponse> timeOff(@PathVariable UUID therapistId, @Valid @RequestBody TimeOffRequest request,
			Authentication caller) {
		TimeOff off = this.assignments.recordTimeOff(therapistId, request.startsAt().toInstant(),
				request.endsAt().toInstant(), request.reason(), caller.getName());
		return ResponseEntity.created(URI.create("/therapists/" + therapistId + "/time-off/" + off.id()))
			.body(TimeOffResponse.of(off));
	}

	@GetMapping("/therapists/{therapistId}/time-off")
	@PreAuthorize(STAFF)
	List<TimeOffResponse> upcomingTimeOff(@PathVariable UUID therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable OffsetDateTime after) {
		return this.assignments.upcomingTimeOff(therapistId, (after != null) ? after.toInstant() : null)
			.stream()
			.map(TimeOffResponse::of)
			.toList();
	}

	@DeleteMapping("/therapists/{therapistId}/time-off/{timeOffId}")
	@PreAuthorize(ADMIN)
	ResponseEntity<Void> removeTimeOff(@PathVariable UUID therapistId, @PathVariable UUID timeOffId,
			Authentication caller) {
		this.assignments.removeTimeOff(therapistId, timeOffId, caller.getName());
		return ResponseEntity.noContent().build();
	}

}
