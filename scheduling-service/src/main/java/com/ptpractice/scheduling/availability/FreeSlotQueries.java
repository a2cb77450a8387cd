package com.ptpractice.scheduling.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The availability SQL. Working hours are turned into instant ranges in each clinic's
 * zone ({@code (date + local time) AT TIME ZONE zone}); free time is one multirange
 * difference per shift ({@code working - range_agg(live appointments, time off and time
 * a waitlist offer holds)}, computed once per shift; a hold that has lapsed by now is
 * free), taken apart into its stretches (the multirange's ranges). Candidates are the
 * shift's clinic-local quarter-hour grid (from the day's start time), generated only
 * where a visit could fit: inside each stretch, clipped to the search's window. A
 * candidate is kept only when the local time exists (not in a spring-forward gap:
 * converting back gives the same local time), it starts in the window and its stretch
 * contains the whole visit; these checks alone decide, so the narrowing only saves work.
 * An ambiguous fall-back local time converts to one instant, so it is offered once.
 *
 * <p>
 * The narrowing in local time: the starts that fit a stretch lie between two instants,
 * {@code first_start} and {@code last_start}; the wall clock reads
 * {@code first_local = first_start AT TIME ZONE zone} at the first and {@code last_local}
 * at the last. Without a clock change in between every fitting start's local time lies in
 * {@code [first_local, last_local]}; a fall-back in between sets the clock back by
 * {@code fall_back} (the instants' span minus the wall clock's), so the bounds widen by
 * that much each side (a spring-forward only skips local times, it never moves one
 * outside). This assumes the clocks change at most once within a stretch, which lies
 * within one shift and so within one local day.
 *
 * <p>
 * The clinic finder's earliest slot per clinic takes the first fitting start of each
 * stretch, then the earliest of those per clinic (ties: the smallest therapist id), as if
 * every slot were listed and the first per clinic kept.
 */
@Component
class FreeSlotQueries {

	private static final String SHIFTS = """
			selected_clinic AS (
			    SELECT c.id, c.state, c.zone_id
			    FROM clinic c
			    WHERE c.active
			      AND (CAST(:clinicId AS uuid) IS NULL OR c.id = CAST(:clinicId AS uuid))
			      AND (CAST(:state AS text) IS NULL OR c.state = CAST(:state AS text))
			      AND (CAST(:clinicIds AS text) IS NULL
			           OR c.id::text = ANY (string_to_array(CAST(:clinicIds AS text), ',')))
			), shift AS (
			    SELECT a.therapist_id, c.id AS clinic_id, c.state, c.zone_id, d.day, h.start_time, h.end_time,
			           tstzrange((d.day + h.start_time) AT TIME ZONE c.zone_id,
			                     (d.day + h.end_time) AT TIME ZONE c.zone_id) AS working
			    FROM selected_clinic c
			    CROSS JOIN LATERAL generate_series((CAST(:from AS timestamptz) AT TIME ZONE c.zone_id)::date,
			                                       (CAST(:to AS timestamptz) AT TIME ZONE c.zone_id)::date,
			                                       interval '1 day') AS g(day_start)
			    CROSS JOIN LATERAL (SELECT g.day_start::date AS day) d
			    JOIN assignment a ON a.clinic_id = c.id AND d.day >= a.effective_from
			                     AND (a.effective_until IS NULL OR d.day <= a.effective_until)
			    JOIN weekly_hours h ON h.assignment_id = a.id AND h.day_of_week = extract(isodow FROM d.day)
			    WHERE (CAST(:therapistId AS uuid) IS NULL OR a.therapist_id = CAST(:therapistId AS uuid))
			      AND (CAST(:allowed AS text) IS NULL
			           OR (a.therapist_id::text || '|' || c.state || '|' || d.day::text)
			              = ANY (string_to_array(CAST(:allowed AS text), ',')))
			)
			""";

	private static final String STRETCHES = SHIFTS
			+ """
					, busy AS (
					    SELECT t.therapist_id, range_agg(b.during) AS taken
					    FROM (SELECT DISTINCT therapist_id FROM shift) t
					    CROSS JOIN LATERAL (
					        SELECT during FROM appointment
					        WHERE therapist_id = t.therapist_id AND status NOT IN ('CANCELLED', 'NO_SHOW')
					          AND during && tstzrange(CAST(:windowStart AS timestamptz), CAST(:windowEnd AS timestamptz))
					        UNION ALL
					        SELECT during FROM time_off
					        WHERE therapist_id = t.therapist_id
					          AND during && tstzrange(CAST(:windowStart AS timestamptz), CAST(:windowEnd AS timestamptz))
					        UNION ALL
					        SELECT during FROM waitlist_offer
					        WHERE therapist_id = t.therapist_id AND status = 'HELD' AND held_until > CAST(:notBefore AS timestamptz)
					          AND during && tstzrange(CAST(:windowStart AS timestamptz), CAST(:windowEnd AS timestamptz))
					    ) b
					    GROUP BY t.therapist_id
					), stretch AS (
					    SELECT s.clinic_id, s.therapist_id, s.zone_id, free.stretch,
					           s.day + s.start_time AS grid_start,
					           s.day + s.end_time - make_interval(mins => :duration) AS grid_end,
					           greatest(lower(free.stretch), CAST(:from AS timestamptz), CAST(:notBefore AS timestamptz))
					               AS first_start,
					           least(upper(free.stretch) - make_interval(mins => :duration), CAST(:to AS timestamptz))
					               AS last_start
					    FROM shift s
					    LEFT JOIN busy ON busy.therapist_id = s.therapist_id
					    CROSS JOIN LATERAL unnest(tstzmultirange(s.working) - coalesce(busy.taken, '{}'::tstzmultirange))
					        AS free(stretch)
					), bounded AS (
					    SELECT st.*, st.first_start AT TIME ZONE st.zone_id AS first_local,
					           st.last_start AT TIME ZONE st.zone_id AS last_local,
					           greatest(interval '0', (st.last_start - st.first_start)
					                    - ((st.last_start AT TIME ZONE st.zone_id) - (st.first_start AT TIME ZONE st.zone_id)))
					               AS fall_back
					    FROM stretch st
					    WHERE st.first_start <= st.last_start
					)
					""";

	/**
	 * The fitting starts of one stretch {@code b}: its quarter-hours between the widened
	 * local bounds, then the exact checks.
	 */
	private static final String FITTING_STARTS = """
			SELECT local_start, starts_at, starts_at + make_interval(mins => :duration) AS ends_at
			FROM generate_series(
			         greatest(0, ceil(extract(epoch FROM b.first_local - b.fall_back - b.grid_start) / 900))::int,
			         floor(extract(epoch FROM least(b.grid_end, b.last_local + b.fall_back) - b.grid_start) / 900)::int
			     ) AS quarter
			CROSS JOIN LATERAL (SELECT b.grid_start + make_interval(mins => 15 * quarter) AS local_start) l
			CROSS JOIN LATERAL (SELECT l.local_start AT TIME ZONE b.zone_id AS starts_at) i
			WHERE (starts_at AT TIME ZONE b.zone_id) = local_start
			  AND starts_at >= greatest(CAST(:from AS timestamptz), CAST(:notBefore AS timestamptz))
			  AND starts_at < CAST(:to AS timestamptz)
			  AND b.stretch @> tstzrange(starts_at, starts_at + make_interval(mins => :duration))
			""";

	private static final String FREE_SLOTS = "WITH " + STRETCHES + """
			SELECT b.clinic_id, b.therapist_id, b.zone_id, s.local_start, s.starts_at, s.ends_at
			FROM bounded b
			CROSS JOIN LATERAL (""" + FITTING_STARTS + """
			) s
			ORDER BY s.starts_at, b.clinic_id, b.therapist_id
			LIMIT :limit
			""";

	private static final String EARLIEST_PER_CLINIC = "WITH " + STRETCHES
			+ """
					SELECT DISTINCT ON (b.clinic_id) b.clinic_id, b.therapist_id, b.zone_id, s.local_start, s.starts_at, s.ends_at
					FROM bounded b
					CROSS JOIN LATERAL ("""
			+ FITTING_STARTS + """
					    ORDER BY starts_at
					    LIMIT 1
					) s
					ORDER BY b.clinic_id, s.starts_at, b.therapist_id
					""";

	private static final String WORKING_THERAPISTS = "WITH " + SHIFTS + """
			SELECT DISTINCT state, day, therapist_id FROM shift
			""";

	private final JdbcClient jdbc;

	FreeSlotQueries(SearchStatements statements) {
		this.jdbc = statements.client();
	}

	List<Slot> freeSlots(SlotSearch search, Duration duration, Instant notBefore, @Nullable String allowed) {
		return bindSlots(this.jdbc.sql(FREE_SLOTS), search, null, duration, notBefore, allowed)
			.param("limit", search.limit())
			.query(FreeSlotQueries::slot)
			.list();
	}

	/**
	 * The earliest free slot of each of the clinics (none for a clinic without one), in
	 * one query.
	 */
	List<Slot> earliestPerClinic(SlotSearch search, Collection<UUID> clinicIds, Duration duration, Instant notBefore,
			@Nullable String allowed) {
		return bindSlots(this.jdbc.sql(EARLIEST_PER_CLINIC), search, csv(clinicIds), duration, notBefore, allowed)
			.query(FreeSlotQueries::slot)
			.list();
	}

	/** Who works in which state on which clinic-local day within the search. */
	List<WorkingDay> workingDays(SlotSearch search) {
		return workingDaysAt(search, null);
	}

	/** Who works in which state on which clinic-local day at these clinics. */
	List<WorkingDay> workingDays(SlotSearch search, Collection<UUID> clinicIds) {
		return workingDaysAt(search, csv(clinicIds));
	}

	private List<WorkingDay> workingDaysAt(SlotSearch search, @Nullable String clinicIds) {
		return bind(this.jdbc.sql(WORKING_THERAPISTS), search, clinicIds, null)
			.query((rs, row) -> new WorkingDay(rs.getString("state"), rs.getObject("day", LocalDate.class),
					rs.getObject("therapist_id", UUID.class)))
			.list();
	}

	private static JdbcClient.StatementSpec bindSlots(JdbcClient.StatementSpec sql, SlotSearch search,
			@Nullable String clinicIds, Duration duration, Instant notBefore, @Nullable String allowed) {
		return bind(sql, search, clinicIds, allowed).param("duration", Math.toIntExact(duration.toMinutes()))
			.param("notBefore", utc(notBefore))
			.param("windowStart", utc(search.from().minus(Duration.ofDays(1))))
			.param("windowEnd", utc(search.to().plus(Duration.ofDays(1))));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, SlotSearch search,
			@Nullable String clinicIds, @Nullable String allowed) {
		return sql.param("clinicId", search.clinicId())
			.param("clinicIds", clinicIds)
			.param("state", search.state())
			.param("therapistId", search.therapistId())
			.param("from", utc(search.from()))
			.param("to", utc(search.to()))
			.param("allowed", allowed);
	}

	private static Slot slot(ResultSet rs, int row) throws SQLException {
		return new Slot(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
				rs.getObject("local_start", LocalDateTime.class), ZoneId.of(rs.getString("zone_id")),
				rs.getObject("clinic_id", UUID.class), rs.getObject("therapist_id", UUID.class));
	}

	private static String csv(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A therapist works in a state on a clinic-local day. */
	record WorkingDay(String state, LocalDate day, UUID therapistId) {

		String key() {
			return this.therapistId + "|" + this.state + "|" + this.day;
		}

	}

}
