package com.ptpractice.needling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a move of a series takes its visits: the live visits on or after a clinic-local
 * date (only those on one weekday, if given) go to another weekday of the same week
 * and/or another local start time and/or another therapist. The scheduling service moves
 * visits to these instants and the gateway's guard decides needling at these same
 * instants, so both move a series the same way.
 *
 * @param fromDate visits on or after this clinic-local date move
 * @param weekday only visits on this weekday move, or all when null
 * @param toWeekday the weekday of the same week (Monday to Sunday) to move them to, or
 * the same day when null
 * @param startTime the new local start time, or the same when null
 * @param therapistId the new therapist, or the same when null
 */
public record SeriesMove(LocalDate fromDate, @Nullable DayOfWeek weekday, @Nullable DayOfWeek toWeekday,
		@Nullable LocalTime startTime, @Nullable UUID therapistId) {

	/** What is wrong with the move, by field, if anything. */
	public Optional<String[]> problem() {
		if (this.toWeekday == null && this.startTime == null && this.therapistId == null) {
			return Optional.of(new String[] { "toWeekday", "give toWeekday, startTime or therapistId to move to" });
		}
		if (this.toWeekday != null && this.weekday == null) {
			return Optional.of(new String[] { "weekday", "is required with toWeekday" });
		}
		if (this.startTime != null && (this.startTime.getMinute() % 15 != 0 || this.startTime.getSecond() != 0
				|| this.startTime.getNano() != 0)) {
			return Optional.of(new String[] { "startTime", "must be on the quarter hour (such as 07:30)" });
		}
		return Optional.empty();
	}

	/** Whether a live visit starting at this clinic-local time moves. */
	public boolean moves(LocalDateTime localStart) {
		LocalDate date = localStart.toLocalDate();
		return !date.isBefore(this.fromDate) && (this.weekday == null || date.getDayOfWeek() == this.weekday);
	}

	/** The clinic-local start a visit starting at {@code localStart} moves to. */
	public LocalDateTime target(LocalDateTime localStart) {
		LocalDate date = localStart.toLocalDate();
		if (this.toWeekday != null && this.weekday != null) {
			date = date.plusDays(this.toWeekday.getValue() - this.weekday.getValue());
		}
		return date.atTime((this.startTime != null) ? this.startTime : localStart.toLocalTime());
	}

	/**
	 * Where the visit moves to in the clinic's zone (see {@link Recurrence#place} for a
	 * time skipped or repeated by a DST change).
	 */
	public Recurrence.Occurrence placed(LocalDateTime localStart, ZoneId zone) {
		return Recurrence.place(target(localStart), zone);
	}

	/** The therapist the visit moves to: the new one, else its own. */
	public UUID therapistFor(UUID current) {
		return (this.therapistId != null) ? this.therapistId : current;
	}

}
