package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit was cancelled or moved away: the therapist's time it took is free. Published
 * inside the transaction that freed it, so a listener records it atomically with the
 * change.
 *
 * @param appointmentId the visit that took the time
 * @param therapistId whose time
 * @param clinicId where
 * @param startsAt first instant freed
 * @param endsAt first instant after
 * @param at when it was freed
 * @param by who cancelled or moved it
 */
public record VisitTimeFreed(UUID appointmentId, UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt,
		Instant at, String by) {
}
