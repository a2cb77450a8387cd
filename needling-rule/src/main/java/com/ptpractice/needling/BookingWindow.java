package com.ptpractice.needling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a visit may start: not before the clinic's today and at most two years ahead.
 * Booking and reschedule refuse anything else with a 400 before asking anyone, so an
 * absurd instant (year -999999999) never reaches another service, a circuit breaker or
 * the database. {@link #coarseProblem} needs no zone, for the gateway before it knows the
 * clinic; {@link #problem} is the exact rule in the clinic's zone.
 */
public final class BookingWindow {

	/** How far ahead a visit may be booked. */
	public static final int MAX_YEARS_AHEAD = 2;

	/**
	 * Any zone's today began less than this before now (a local day is at most 25 hours,
	 * across a DST change).
	 */
	private static final Duration LONGEST_DAY = Duration.ofHours(26);

	private BookingWindow() {
	}

	/** What is wrong with the start in the clinic's zone, if anything. */
	public static Optional<String> problem(Instant startsAt, ZoneId clinicZone, Instant now) {
		Optional<String> coarse = coarseProblem(startsAt, now);
		if (coarse.isPresent()) {
			return coarse;
		}
		LocalDate today = now.atZone(clinicZone).toLocalDate();
		if (startsAt.atZone(clinicZone).toLocalDate().isBefore(today)) {
			return Optional.of(beforeToday());
		}
		if (startsAt.isAfter(now.atZone(clinicZone).plusYears(MAX_YEARS_AHEAD).toInstant())) {
			return Optional.of(tooFarAhead());
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with the start in every zone, if anything: what this finds,
	 * {@link #problem} finds too.
	 */
	public static Optional<String> coarseProblem(Instant startsAt, Instant now) {
		if (startsAt.isBefore(now.minus(LONGEST_DAY))) {
			return Optional.of(beforeToday());
		}
		if (startsAt.isAfter(now.plus(Duration.ofDays(366L * MAX_YEARS_AHEAD + 1)))) {
			return Optional.of(tooFarAhead());
		}
		return Optional.empty();
	}

	private static String beforeToday() {
		return "must not be before today at the clinic";
	}

	private static String tooFarAhead() {
		return "must be at most " + MAX_YEARS_AHEAD + " years ahead";
	}

}
