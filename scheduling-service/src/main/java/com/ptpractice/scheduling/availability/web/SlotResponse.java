package com.ptpractice.scheduling.availability.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.scheduling.availability.Slot;

/**
 * A free slot.
 *
 * @param startsAt start, with the clinic's offset at that instant
 * @param endsAt end, with the clinic's offset
 * @param localStart clinic-local start
 * @param zoneId the clinic's IANA zone
 * @param clinicId the clinic
 * @param therapistId the therapist
 */
record SlotResponse(OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDateTime localStart, String zoneId,
		UUID clinicId, UUID therapistId) {

	static SlotResponse of(Slot slot) {
		return new SlotResponse(slot.startsAtInZone(), slot.endsAtInZone(), slot.localStart(), slot.zoneId().getId(),
				slot.clinicId(), slot.therapistId());
	}

}
