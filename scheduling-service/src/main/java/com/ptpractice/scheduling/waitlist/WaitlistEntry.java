package com.ptpractice.scheduling.waitlist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A patient waiting for a visit of a type within a window.
 *
 * @param id the entry
 * @param patientId the patient
 * @param typeCode the appointment type
 * @param window when and where the patient can come
 * @param status where it stands
 * @param requestedAt when it was added: entries are offered slots in this order
 * @param createdBy who added it
 */
public record WaitlistEntry(UUID id, UUID patientId, String typeCode, Window window, EntryStatus status,
		Instant requestedAt, String createdBy) {

	/**
	 * When and where a patient can come.
	 *
	 * @param fromDate first clinic-local date
	 * @param toDate last clinic-local date
	 * @param weekdays preferred days; empty: any day
	 * @param earliestTime the visit starts at or after this clinic-local time
	 * @param latestTime and ends by this one
	 * @param clinicIds at one of these clinics, or (empty)
	 * @param state at any clinic of this state
	 * @param therapistId only with this therapist, if given
	 */
	public record Window(LocalDate fromDate, LocalDate toDate, List<DayOfWeek> weekdays, LocalTime earliestTime,
			LocalTime latestTime, List<UUID> clinicIds, @Nullable String state, @Nullable UUID therapistId) {
	}

}
