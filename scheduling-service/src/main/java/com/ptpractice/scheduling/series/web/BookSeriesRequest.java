package com.ptpractice.scheduling.series.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import com.ptpractice.needling.Recurrence;
import com.ptpractice.scheduling.series.BookSeries;
import com.ptpractice.scheduling.series.SeriesMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A series: on the weekdays from the first date at the clinic-local start time, either
 * {@code count} visits or until a date, or both (whichever comes first; at most 52
 * visits, at most a year).
 *
 * @param patientId the patient
 * @param therapistId the therapist, or leave out for any eligible therapist per visit
 * @param clinicId the clinic
 * @param type appointment type code, such as {@code FOLLOW_UP}
 * @param weekdays such as {@code ["TUESDAY", "THURSDAY"]}
 * @param startTime clinic-local start, such as {@code 07:30}
 * @param firstDate first clinic-local date a visit may fall on
 * @param count how many visits (1 to 52); give count, until or both
 * @param until last clinic-local date a visit may fall on; give count, until or both
 * @param mode {@code BOOK_WHAT_CAN_BE_BOOKED} (the default) or {@code ALL_OR_NOTHING}
 */
record BookSeriesRequest(@NotNull UUID patientId, @Nullable UUID therapistId, @NotNull UUID clinicId,
		@NotBlank @Size(max = 50) String type, @NotEmpty @Size(max = 7) Set<@NotNull DayOfWeek> weekdays,
		@NotNull LocalTime startTime, @NotNull LocalDate firstDate, @Nullable Integer count, @Nullable LocalDate until,
		@Nullable SeriesMode mode) {

	BookSeries toCommand() {
		return new BookSeries(this.patientId, this.therapistId, this.clinicId, this.type,
				new Recurrence(this.firstDate, Set.copyOf(this.weekdays), this.startTime, this.count, this.until),
				(this.mode != null) ? this.mode : SeriesMode.BOOK_WHAT_CAN_BE_BOOKED);
	}

}
