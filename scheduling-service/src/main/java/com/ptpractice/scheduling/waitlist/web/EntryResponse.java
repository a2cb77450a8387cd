package com.ptpractice.scheduling.waitlist.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.waitlist.EntryStatus;
import com.ptpractice.scheduling.waitlist.WaitlistEntry;
import org.jspecify.annotations.Nullable;

/**
 * A waitlist entry.
 *
 * @param id the entry
 * @param patientId the patient
 * @param type appointment type code
 * @param fromDate first clinic-local date
 * @param toDate last clinic-local date
 * @param weekdays preferred days (empty: any)
 * @param earliestTime earliest clinic-local start
 * @param latestTime latest clinic-local end
 * @param clinicIds the clinics (empty when a state is given)
 * @param state the state, when any of its clinics will do
 * @param therapistId the therapist, if only one will do
 * @param status WAITING, OFFERED (a slot is held for it), BOOKED or REMOVED
 * @param requestedAt when it was added; entries are offered slots in this order
 * @param createdBy who added it
 */
record EntryResponse(UUID id, UUID patientId, String type, LocalDate fromDate, LocalDate toDate,
		List<DayOfWeek> weekdays, LocalTime earliestTime, LocalTime latestTime, List<UUID> clinicIds,
		@Nullable String state, @Nullable UUID therapistId, EntryStatus status, Instant requestedAt, String createdBy) {

	static EntryResponse of(WaitlistEntry entry) {
		WaitlistEntry.Window window = entry.window();
		return new EntryResponse(entry.id(), entry.patientId(), entry.typeCode(), window.fromDate(), window.toDate(),
				window.weekdays(), window.earliestTime(), window.latestTime(), window.clinicIds(), window.state(),
				window.therapistId(), entry.status(), entry.requestedAt(), entry.createdBy());
	}

}
