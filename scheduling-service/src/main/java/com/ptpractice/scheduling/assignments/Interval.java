package com.ptpractice.scheduling.assignments;

import java.time.Instant;

/**
 * A half-open stretch of time, {@code [start, end)}.
 */
record Interval(Instant start, Instant end) {

	boolean overlaps(Interval other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

}
