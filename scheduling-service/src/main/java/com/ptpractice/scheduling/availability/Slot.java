package com.ptpractice.scheduling.availability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A free slot: a therapist at a clinic from an instant for the type's duration.
 *
 * @param startsAt first instant
 * @param endsAt first instant after
 * @param localStart the clinic-local date and time it starts
 * @param zoneId the clinic's zone
 * @param clinicId the clinic
 * @param therapistId the therapist
 */
public record Slot(Instant startsAt, Instant endsAt, LocalDateTime localStart, ZoneId zoneId, UUID clinicId,
		UUID therapistId) {

	/** The start with the clinic's offset at that instant. */
	public OffsetDateTime startsAtInZone() {
		return startsAt.atZone(this.zoneId).toOffsetDateTime();
	}

	public OffsetDateTime endsAtInZone() {
		return endsAt.atZone(this.zoneId).toOffsetDateTime();
	}

}
