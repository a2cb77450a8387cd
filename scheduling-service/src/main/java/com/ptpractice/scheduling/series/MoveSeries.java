package com.ptpractice.scheduling.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.ptpractice.needling.SeriesMove;
import org.jspecify.annotations.Nullable;

/**
 * What a front desk asks to move: the series' live occurrences from a date on (only those
 * on one weekday, if given), to another weekday of the same week and/or another local
 * time and/or another therapist.
 *
 * @param seriesId the series
 * @param fromDate occurrences on or after this clinic-local date
 * @param weekday only occurrences on this weekday, or all
 * @param toWeekday the weekday to move them to (same week), or the same day
 * @param startTime the new local start time, or the same
 * @param therapistId the new therapist, or the same
 */
public record MoveSeries(UUID seriesId, LocalDate fromDate, @Nullable DayOfWeek weekday, @Nullable DayOfWeek toWeekday,
		@Nullable LocalTime startTime, @Nullable UUID therapistId) {

	/**
	 * Where the move takes each visit, as the gateway's guard computes it too: one
	 * definition, in the needling rule's module.
	 */
	public SeriesMove shift() {
		return new SeriesMove(this.fromDate, this.weekday, this.toWeekday, this.startTime, this.therapistId);
	}

}
