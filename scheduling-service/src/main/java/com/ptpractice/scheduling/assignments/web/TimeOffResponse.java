package com.ptpractice.scheduling.assignments.web;

import java.time.Instant;
import java.util.UUID;

import com.ptpractice.scheduling.assignments.TimeOff;
import org.jspecify.annotations.Nullable;

/**
 * Recorded time off.
 *
 * @param id its id
 * @param therapistId the therapist
 * @param startsAt first instant off
 * @param endsAt first instant back
 * @param reason note
 */
record TimeOffResponse(UUID id, UUID therapistId, Instant startsAt, Instant endsAt, @Nullable String reason) {

	static TimeOffResponse of(TimeOff off) {
		return new TimeOffResponse(off.id(), off.therapistId(), off.startsAt(), off.endsAt(), off.reason());
	}

}
