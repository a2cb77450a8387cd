package com.ptpractice.scheduling.booking.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A move to another start, optionally with another therapist.
 *
 * @param startsAt new start, ISO-8601 with offset
 * @param therapistId another therapist, or the same if absent
 */
record RescheduleRequest(@NotNull OffsetDateTime startsAt, @Nullable UUID therapistId) {
}
