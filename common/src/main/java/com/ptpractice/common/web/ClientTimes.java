package com.ptpractice.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The dates and times a client may send: from the year 0001 to the year 9999, the range
 * ISO-8601 writes with four digits and every store and calculation here handles. Java
 * reads years up to ±999999999, which overflow the day arithmetic of a booking and
 * PostgreSQL's {@code timestamptz}; such a value is bad input, a 400 naming the field,
 * wherever it comes from (a JSON body, a query parameter, a path). A domain may narrow
 * this further (bookings: from the clinic's today to two years ahead).
 */
public final class ClientTimes {

	/** The earliest instant a client may send. */
	public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	/** The latest instant a client may send. */
	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

	/** What a 400 says about a date or time outside the range. */
	public static final String OUT_OF_RANGE = "must lie between the years 0001 and 9999";

	private static final int FIRST_YEAR = 1;

	private static final int LAST_YEAR = 9999;

	private ClientTimes() {
	}

	/**
	 * Whether a value a client sent lies in the range; values that are not dates or times
	 * (and times of day) always do.
	 */
	public static boolean inRange(Object value) {
		return switch (value) {
			case Instant instant -> !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
			case OffsetDateTime dateTime -> inRange(dateTime.toInstant()) && inRange(dateTime.toLocalDate());
			case ZonedDateTime dateTime -> inRange(dateTime.toInstant()) && inRange(dateTime.toLocalDate());
			case LocalDateTime dateTime -> inRange(dateTime.toLocalDate());
			case LocalDate date -> date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
			default -> true;
		};
	}

	/**
	 * The value, if in range.
	 * @throws OutOfRangeException if not
	 */
	public static <T> T requireInRange(T value) {
		if (!inRange(value)) {
			throw new OutOfRangeException(OUT_OF_RANGE);
		}
		return value;
	}

	/**
	 * The value of a field a client sent, if in range.
	 * @throws InvalidFieldException naming the field if not
	 */
	public static <T> T requireInRange(String field, T value) {
		if (!inRange(value)) {
			throw new InvalidFieldException(field, OUT_OF_RANGE);
		}
		return value;
	}

	/**
	 * A date or time a client sent lies outside the range; where it was read (a JSON
	 * property, a request parameter) names the field.
	 */
	public static class OutOfRangeException extends IllegalArgumentException {

		public OutOfRangeException(String message) {
			super(message);
		}

	}

}
