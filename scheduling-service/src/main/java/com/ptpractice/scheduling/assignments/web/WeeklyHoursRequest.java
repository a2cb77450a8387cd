package com.ptpractice.scheduling.assignments.web;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.ptpractice.scheduling.assignments.WeeklyHours;
import jakarta.validation.constraints.NotNull;

/**
 * One weekly stretch in the clinic's local time.
 *
 * @param dayOfWeek such as {@code MONDAY}
 * @param startTime such as {@code 08:00}
 * @param endTime such as {@code 12:30}
 */
record WeeklyHoursRequest(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime startTime, @NotNull LocalTime endTime) {

	WeeklyHours toHours() {
		return WeeklyHours.of(this.dayOfWeek, this.startTime, this.endTime);
	}

	static WeeklyHoursRequest of(WeeklyHours hours) {
		return new WeeklyHoursRequest(hours.day(), hours.startTime(), hours.endTime());
	}

}
