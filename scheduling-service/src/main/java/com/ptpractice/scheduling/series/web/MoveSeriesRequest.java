package com.ptpractice.scheduling.series.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.ptpractice.scheduling.series.MoveSeries;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Moves the series' live occurrences from a date on: those on {@code weekday} (or all) to
 * {@code toWeekday} of the same week, and/or to another start time or therapist.
 *
 * @param fromDate clinic-local date from which occurrences move
 * @param weekday only occurrences on this weekday (required with toWeekday)
 * @param toWeekday the weekday to move them to, such as {@code FRIDAY}
 * @param startTime a new clinic-local start time, such as {@code 08:00}
 * @param therapistId a new therapist
 */
record MoveSeriesRequest(@NotNull LocalDate fromDate, @Nullable DayOfWeek weekday, @Nullable DayOfWeek toWeekday,
		@Nullable LocalTime startTime, @Nullable UUID therapistId) {

	MoveSeries toCommand(UUID seriesId) {
		return new MoveSeries(seriesId, this.fromDate, this.weekday, this.toWeekday, this.startTime, this.therapistId);
	}

}
