package com.ptpractice.credentialing.eligibility;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.ptpractice.common.web.ClientTimes;
import com.ptpractice.common.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * When an appointment starts and the day that is where the clinic is. Credentials and
 * rules are valid by calendar day, so the day that counts is the appointment's local
 * date: in the clinic's zone when given, else at the offset the start instant was written
 * with.
 *
 * @param start the appointment's start instant
 * @param localDate the calendar day of the start where the clinic is
 */
public record AppointmentTime(Instant start, LocalDate localDate) {

	/**
	 * Reads an ISO-8601 instant with offset (such as {@code 2026-12-01T10:00:00-07:00})
	 * and an optional IANA zone (such as {@code America/Denver}).
	 * @throws InvalidFieldException naming {@code at} or {@code zone} when unreadable, or
	 * {@code at} when outside the years a client may send (see {@link ClientTimes})
	 */
	public static AppointmentTime parse(String at, @Nullable String zone) {
		OffsetDateTime start = parseStart(at);
		if (zone == null || zone.isBlank()) {
			return new AppointmentTime(start.toInstant(), start.toLocalDate());
		}
		return at(start.toInstant(), parseZone(zone));
	}

	/** A whole day, for questions asked by day such as when eligibility lapses. */
	public static AppointmentTime onDay(LocalDate day) {
		return new AppointmentTime(day.atStartOfDay(ZoneOffset.UTC).toInstant(), day);
	}

	/** The appointment at that instant in that zone. */
	public static AppointmentTime at(Instant start, ZoneId zone) {
		return new AppointmentTime(start, start.atZone(zone).toLocalDate());
	}

	private static OffsetDateTime parseStart(String at) {
		// a '+' in a query string that was not percent-encoded arrives as a space
		String text = at.strip().replace(' ', '+');
		try {
			return ClientTimes.requireInRange("at", OffsetDateTime.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("at",
					"must be an ISO-8601 instant with offset, such as 2026-12-01T10:00:00-07:00");
		}
	}

	private static ZoneId parseZone(String zone) {
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("zone", "must be an IANA time zone, such as America/Denver");
		}
	}

}
