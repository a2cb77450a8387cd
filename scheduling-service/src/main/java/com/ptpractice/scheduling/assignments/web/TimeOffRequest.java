package com.ptpractice.scheduling.assignments.web;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Time off, as instants with offset.
 *
 * @param startsAt first instant off
 * @param endsAt first instant back
 * @param reason optional note (no patient data)
 */
record TimeOffRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
		@Nullable @Size(max = 500) String reason) {
}
