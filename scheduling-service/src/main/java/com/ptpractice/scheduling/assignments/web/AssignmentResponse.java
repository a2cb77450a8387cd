package com.ptpractice.scheduling.assignments.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.assignments.Assignment;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a therapist works.
 *
 * @param id the assignment's id
 * @param therapistId the therapist
 * @param clinicId the clinic
 * @param effectiveFrom first local date
 * @param effectiveUntil last local date, if any
 * @param hours weekly stretches in the clinic's local time
 */
record AssignmentResponse(UUID id, UUID therapistId, UUID clinicId, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveUntil, List<WeeklyHoursRequest> hours) {

	static AssignmentResponse of(Assignment assignment) {
		return new AssignmentResponse(assignment.id(), assignment.therapistId(), assignment.clinicId(),
				assignment.effectiveFrom(), assignment.effectiveUntil(),
				assignment.hours().stream().map(WeeklyHoursRequest::of).toList());
	}

}
