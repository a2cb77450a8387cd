package com.ptpractice.scheduling.assignments.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A therapist starts working at a clinic.
 *
 * @param therapistId the therapist's id in the credentialing service
 * @param effectiveFrom first clinic-local date
 * @param effectiveUntil last clinic-local date, or none
 * @param hours weekly stretches in the clinic's local time
 */
record AssignmentRequest(@NotNull UUID therapistId, @NotNull LocalDate effectiveFrom,
		@Nullable LocalDate effectiveUntil, @NotEmpty @Size(max = 50) List<@Valid @NotNull WeeklyHoursRequest> hours) {
}
