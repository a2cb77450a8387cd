package com.ptpractice.scheduling.availability;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What to search free slots for.
 *
 * @param typeCode appointment type code
 * @param from first instant a slot may start
 * @param to slots start before this instant
 * @param clinicId only this clinic, if given
 * @param state only clinics in this state, if given
 * @param therapistId only this therapist, if given
 * @param limit at most this many slots
 */
public record SlotSearch(String typeCode, Instant from, Instant to, @Nullable UUID clinicId, @Nullable String state,
		@Nullable UUID therapistId, int limit) {
}
