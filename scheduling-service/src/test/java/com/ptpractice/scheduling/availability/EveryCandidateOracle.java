package com.ptpractice.scheduling.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test's oracle, not the service's code: the availability SQL as it was before the
 * search looked only inside free stretches (commit 06fecbf, issue 15). It generates every
 * quarter-hour candidate of every shift and keeps those that fit, which is slow but
 * plainly right; {@link FreeSlotDifferentialIntegrationTests} checks that
 * {@link FreeSlotQueries} returns exactly what this returns. Bound as
 * {@link FreeSlotQueries} binds its queries.
 */
class EveryCandidateOracle {

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

	private static final String FREE = SHIFTS
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
					), free AS (
					    SELECT s.*, tstzmultirange(s.working) - coalesce(busy.taken, '{}'::tstzmultirange) AS free
					    FROM shift s LEFT JOIN busy ON busy.therapist_id = s.therapist_id
					), candidate AS (
					    SELECT f.clinic_id, f.therapist_id, f.zone_id, f.free, local_start,
					           local_start AT TIME ZONE f.zone_id AS starts_at
					    FROM free f
					    CROSS JOIN LATERAL generate_series(f.day + f.start_time,
					                                       f.day + f.end_time - make_interval(mins => :duration),
					                                       interval '15 minutes') AS local_start
					    WHERE NOT isempty(f.free)
					), slot AS (
					    SELECT clinic_id, therapist_id, zone_id, local_start, starts_at,
					           starts_at + make_interval(mins => :duration) AS ends_at
					    FROM candidate
					    WHERE (starts_at AT TIME ZONE zone_id) = local_start
					      AND starts_at >= greatest(CAST(:from AS timestamptz), CAST(:notBefore AS timestamptz))
					      AND starts_at < CAST(:to AS timestamptz)
					      AND free @> tstzrange(starts_at, starts_at + make_interval(mins => :duration))
					)
					""";

	private static final String FREE_SLOTS_ORACLE = "WITH " + FREE + """
			SELECT * FROM slot
			ORDER BY starts_at, clinic_id, therapist_id
			LIMIT :limit
			""";

	private static final String EARLIEST_PER_CLINIC_ORACLE = "WITH " + FREE + """
			SELECT DISTINCT ON (clinic_id) * FROM slot
			ORDER BY clinic_id, starts_at, therapist_id
			""";

	private final JdbcClient jdbc;

	EveryCandidateOracle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Slot> freeSlots(SlotSearch search, Duration duration, Instant notBefore, @Nullable String allowed) {
		return bind(this.jdbc.sql(FREE_SLOTS_ORACLE), search, null, duration, notBefore, allowed)
			.param("limit", search.limit())
			.query(EveryCandidateOracle::slot)
			.list();
	}

	List<Slot> earliestPerClinic(SlotSearch search, String clinicIds, Duration duration, Instant notBefore,
			@Nullable String allowed) {
		return bind(this.jdbc.sql(EARLIEST_PER_CLINIC_ORACLE), search, clinicIds, duration, notBefore, allowed)
			.query(EveryCandidateOracle::slot)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, SlotSearch search,
			@Nullable String clinicIds, Duration duration, Instant notBefore, @Nullable String allowed) {
		return sql.param("clinicId", search.clinicId())
			.param("clinicIds", clinicIds)
			.param("state", search.state())
			.param("therapistId", search.therapistId())
			.param("from", utc(search.from()))
			.param("to", utc(search.to()))
			.param("allowed", allowed)
			.param("duration", Math.toIntExact(duration.toMinutes()))
			.param("notBefore", utc(notBefore))
			.param("windowStart", utc(search.from().minus(Duration.ofDays(1))))
			.param("windowEnd", utc(search.to().plus(Duration.ofDays(1))));
	}

	private static Slot slot(ResultSet rs, int row) throws SQLException {
		return new Slot(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
				rs.getObject("local_start", LocalDateTime.class), ZoneId.of(rs.getString("zone_id")),
				rs.getObject("clinic_id", UUID.class), rs.getObject("therapist_id", UUID.class));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
