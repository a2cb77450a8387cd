package com.ptpractice.scheduling.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One weekly stretch of work in the clinic's local time, such as Monday 08:00-12:00.
 *
 * @param dayOfWeek ISO day of week, 1 (Monday) to 7 (Sunday)
 * @param startTime local start, on the quarter hour
 * @param endTime local end, on the quarter hour, after the start
 */
@Table("weekly_hours")
public record WeeklyHours(int dayOfWeek, LocalTime startTime, LocalTime endTime) {

	public static WeeklyHours of(DayOfWeek day, LocalTime start, LocalTime end) {
		return new WeeklyHours(day.getValue(), start, end);
	}

	public DayOfWeek day() {
		return DayOfWeek.of(this.dayOfWeek);
	}

	boolean overlaps(WeeklyHours other) {
		return this.dayOfWeek == other.dayOfWeek && this.startTime.isBefore(other.endTime)
				&& other.startTime.isBefore(this.endTime);
	}

	/** The instants this stretch covers on a date in a zone. */
	Interval on(LocalDate date, ZoneId zone) {
		return new Interval(ZonedDateTime.of(date, this.startTime, zone).toInstant(),
				ZonedDateTime.of(date, this.endTime, zone).toInstant());
	}

}
