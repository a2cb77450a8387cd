package com.ptpractice.scheduling.atrisk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live dry-needling appointments starting in a window, with their clinic's state and
 * zone, by start and id; one page at a time, paged by that key.
 */
@Component
class AtRiskQueries {

	private static final String UPCOMING_NEEDLING = """
			SELECT a.id, a.patient_id, a.therapist_id, a.clinic_id, a.starts_at, c.state, c.zone_id, a.series_id
			FROM appointment a JOIN clinic c ON c.id = a.clinic_id
			WHERE a.involves_dry_needling
			  AND a.status IN ('BOOKED', 'CHECKED_IN')
			  AND a.starts_at > :from AND a.starts_at < :to
			  AND (a.starts_at, a.id) > (:afterStart, :afterId)
			ORDER BY a.starts_at, a.id
			LIMIT :limit OFFSET :offset
			""";

	private static final UUID LOWEST = new UUID(0, 0);

	private final JdbcClient jdbc;

	AtRiskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next {@code limit} visits of the window after {@code after} by (start, id), or
	 * from its beginning when there is none: a page boundary is a key, so visits booked
	 * or cancelled between pages move no other visit across it. {@code skip} visits after
	 * it are passed over first.
	 */
	List<UpcomingNeedling> upcomingNeedling(Instant from, Instant to, @Nullable Position after, long skip, int limit) {
		Instant afterStart = (after != null) ? after.startsAt() : from;
		UUID afterId = (after != null) ? after.id() : LOWEST;
		return this.jdbc.sql(UPCOMING_NEEDLING)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.param("afterStart", afterStart.atOffset(ZoneOffset.UTC))
			.param("afterId", afterId)
			.param("limit", limit)
			.param("offset", skip)
			.query((rs, row) -> new UpcomingNeedling(rs.getObject("id", UUID.class),
					rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("clinic_id", UUID.class), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
					rs.getString("state"), ZoneId.of(rs.getString("zone_id")), rs.getObject("series_id", UUID.class)))
			.list();
	}

	/** A needling visit to re-check. */
	record UpcomingNeedling(UUID id, UUID patientId, UUID therapistId, UUID clinicId, Instant startsAt, String state,
			ZoneId zoneId, @Nullable UUID seriesId) {

		Position position() {
			return new Position(this.startsAt, this.id);
		}

	}

	/** Where a page ended: its last visit's start and id. */
	record Position(Instant startsAt, UUID id) {
	}

}
