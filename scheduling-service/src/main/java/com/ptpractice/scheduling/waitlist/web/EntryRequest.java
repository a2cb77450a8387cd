package com.ptpractice.scheduling.waitlist.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.waitlist.WaitlistEntry.Window;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A patient to add to the waitlist, with when and where they can come.
 *
 * @param patientId the patient
 * @param type appointment type code, such as {@code FOLLOW_UP}
 * @param fromDate first clinic-local date, such as {@code 2026-06-01}
 * @param toDate last clinic-local date (at most two years ahead)
 * @param weekdays preferred days, such as {@code ["TUESDAY","THURSDAY"]}; none: any day
 * @param earliestTime the visit starts at or after this clinic-local time, such as
 * {@code 07:00}
 * @param latestTime and ends by this one, such as {@code 09:00}
 * @param clinicIds at one of these clinics; or, instead, {@code state}
 * @param state at any clinic of this two-letter state
 * @param therapistId only with this therapist (optional)
 */
record EntryRequest(@NotNull UUID patientId, @NotBlank @Size(max = 40) String type, @NotNull LocalDate fromDate,
		@NotNull LocalDate toDate, @Nullable @Size(max = 7) List<@NotNull DayOfWeek> weekdays,
		@NotNull LocalTime earliestTime, @NotNull LocalTime latestTime,
		@Nullable @Size(max = 50) List<@NotNull UUID> clinicIds,
		@Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter US state or DC") String state,
		@Nullable UUID therapistId) {

	Window window() {
		return new Window(this.fromDate, this.toDate,
				(this.weekdays != null) ? this.weekdays.stream().distinct().sorted().toList() : List.of(),
				this.earliestTime, this.latestTime,
				(this.clinicIds != null) ? this.clinicIds.stream().distinct().toList() : List.of(), this.state,
				this.therapistId);
	}

}
