package com.ptpractice.scheduling.assignments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist works at a clinic on weekly hours (clinic-local), from a date and
 * optionally until a date (inclusive).
 */
@Table("assignment")
public class Assignment {

	/** How far ahead two open-ended assignments are compared day by day. */
	private static final int DAYS_COMPARED = 371;

	@Id
	private final UUID id;

	private final UUID therapistId;

	private final UUID clinicId;

	private final LocalDate effectiveFrom;

	private final @Nullable LocalDate effectiveUntil;

	@MappedCollection(idColumn = "assignment_id")
	private final Set<WeeklyHours> hours;

	private final String createdBy;

	private final Instant createdAt;

	@Version
	private final @Nullable Integer version;

	@PersistenceCreator
	Assignment(UUID id, UUID therapistId, UUID clinicId, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
			Set<WeeklyHours> hours, String createdBy, Instant createdAt, @Nullable Integer version) {
		this.id = id;
		this.therapistId = therapistId;
		this.clinicId = clinicId;
		this.effectiveFrom = effectiveFrom;
		this.effectiveUntil = effectiveUntil;
		this.hours = Set.copyOf(hours);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Assignment create(UUID therapistId, UUID clinicId, LocalDate from, @Nullable LocalDate until,
			List<WeeklyHours> hours, String createdBy, Instant now) {
		return new Assignment(UUID.randomUUID(), therapistId, clinicId, from, until, Set.copyOf(hours), createdBy, now,
				null);
	}

	public UUID id() {
		return this.id;
	}

	public UUID therapistId() {
		return this.therapistId;
	}

	public UUID clinicId() {
		return this.clinicId;
	}

	public LocalDate effectiveFrom() {
		return this.effectiveFrom;
	}

	public @Nullable LocalDate effectiveUntil() {
		return this.effectiveUntil;
	}

	public List<WeeklyHours> hours() {
		return this.hours.stream()
			.sorted((a, b) -> (a.dayOfWeek() != b.dayOfWeek()) ? Integer.compare(a.dayOfWeek(), b.dayOfWeek())
					: a.startTime().compareTo(b.startTime()))
			.toList();
	}

	/**
	 * The first date on which this assignment (in {@code zone}) and the other (in
	 * {@code otherZone}) would have the therapist in two places at once.
	 */
	Optional<LocalDate> firstClashWith(Assignment other, ZoneId zone, ZoneId otherZone) {
		LocalDate from = max(this.effectiveFrom, other.effectiveFrom);
		LocalDate until = min(this.effectiveUntil, other.effectiveUntil, from.plusDays(DAYS_COMPARED));
		return Stream.iterate(from, (day) -> !day.isAfter(until), (day) -> day.plusDays(1))
			.filter((day) -> clashesOn(day, other, zone, otherZone))
			.findFirst();
	}

	private boolean clashesOn(LocalDate day, Assignment other, ZoneId zone, ZoneId otherZone) {
		return intervalsOn(day, zone).anyMatch((mine) -> Stream.of(day.minusDays(1), day, day.plusDays(1))
			.flatMap((otherDay) -> other.intervalsOn(otherDay, otherZone))
			.anyMatch(mine::overlaps));
	}

	private Stream<Interval> intervalsOn(LocalDate day, ZoneId zone) {
		if (day.isBefore(this.effectiveFrom) || (this.effectiveUntil != null && day.isAfter(this.effectiveUntil))) {
			return Stream.empty();
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return this.hours.stream()
			.filter((stretch) -> stretch.day() == weekday)
			.map((stretch) -> stretch.on(day, zone));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b, LocalDate cap) {
		LocalDate result = cap;
		if (a != null && a.isBefore(result)) {
			result = a;
		}
		if (b != null && b.isBefore(result)) {
			result = b;
		}
		return result;
	}

}
