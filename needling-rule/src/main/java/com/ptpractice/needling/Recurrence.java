package com.ptpractice.needling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * When the visits of a series fall: on the given weekdays from the first date, at one
 * local start time in the clinic's zone, until a count or an end date. The scheduling
 * service books these instants and the gateway's guard decides needling at these same
 * instants, so both place a series the same way.
 *
 * <p>
 * A local time is kept across a DST change (07:30 stays 07:30, so the instant moves by
 * the change). A local time that does not exist on a date (skipped by spring-forward)
 * gives an occurrence without an instant, which the series refuses with its own reason; a
 * time that exists twice (fall-back) is the earlier of the two, the first time the
 * clinic's clocks show it.
 *
 * @param firstDate the first date a visit may fall on
 * @param weekdays the weekdays visits fall on
 * @param startTime the local start time
 * @param count at most this many visits, or null to go until {@code until}
 * @param until the last date a visit may fall on, or null to stop at {@code count} (with
 * both, the series stops at whichever comes first)
 */
public record Recurrence(LocalDate firstDate, Set<DayOfWeek> weekdays, LocalTime startTime, @Nullable Integer count,
		@Nullable LocalDate until) {

	/** The most visits one series may have (a year of weekly visits). */
	public static final int MAX_OCCURRENCES = 52;

	/** The latest end date: a year after the first date. */
	public static final int MAX_DAYS = 366;

	/** What is wrong with the recurrence, by field, if anything. */
	public Optional<String[]> problem() {
		if (this.weekdays.isEmpty()) {
			return Optional.of(new String[] { "weekdays", "must name at least one weekday" });
		}
		if (this.count == null && this.until == null) {
			return Optional.of(new String[] { "count", "give count or until (or both)" });
		}
		if (this.count != null && (this.count < 1 || this.count > MAX_OCCURRENCES)) {
			return Optional.of(new String[] { "count", "must be between 1 and " + MAX_OCCURRENCES });
		}
		if (this.until != null && this.until.isBefore(this.firstDate)) {
			return Optional.of(new String[] { "until", "must not be before firstDate" });
		}
		if (this.until != null && this.until.isAfter(this.firstDate.plusDays(MAX_DAYS))) {
			return Optional.of(new String[] { "until", "must be at most a year after firstDate" });
		}
		if (this.count == null && this.until != null && dates().size() > MAX_OCCURRENCES) {
			return Optional.of(new String[] { "until", "gives more than " + MAX_OCCURRENCES + " visits" });
		}
		if (this.startTime.getMinute() % 15 != 0 || this.startTime.getSecond() != 0 || this.startTime.getNano() != 0) {
			return Optional.of(new String[] { "startTime", "must be on the quarter hour (such as 07:30)" });
		}
		return Optional.empty();
	}

	/**
	 * The visits in the clinic's zone, in date order; call only without a
	 * {@link #problem}.
	 */
	public List<Occurrence> occurrences(ZoneId zone) {
		return dates().stream().map((date) -> place(date.atTime(this.startTime), zone)).toList();
	}

	/** The dates, at most {@link #MAX_OCCURRENCES} + 1 (to tell an over-long series). */
	private List<LocalDate> dates() {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate last = (this.until != null) ? this.until : this.firstDate.plusDays(MAX_DAYS);
		int wanted = (this.count != null) ? this.count : MAX_OCCURRENCES + 1;
		for (LocalDate date = this.firstDate; !date.isAfter(last) && dates.size() < wanted; date = date.plusDays(1)) {
			if (this.weekdays.contains(date.getDayOfWeek())) {
				dates.add(date);
			}
		}
		return dates;
	}

	/**
	 * The instant a clinic-local start falls on (see the class comment for gaps and
	 * repeats).
	 */
	public static Occurrence place(LocalDateTime local, ZoneId zone) {
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		if (offsets.isEmpty()) {
			return new Occurrence(local, null, false);
		}
		// the earlier instant of an ambiguous time has the larger offset
		ZoneOffset earlier = offsets.stream().max(Comparator.comparingInt(ZoneOffset::getTotalSeconds)).orElseThrow();
		return new Occurrence(local, local.toInstant(earlier), offsets.size() > 1);
	}

	/**
	 * One visit of a series.
	 *
	 * @param localStart its clinic-local start
	 * @param startsAt its instant, or null when the local time does not exist that day
	 * @param ambiguous whether the local time exists twice that day (the earlier is
	 * taken)
	 */
	public record Occurrence(LocalDateTime localStart, @Nullable Instant startsAt, boolean ambiguous) {

	}

}
