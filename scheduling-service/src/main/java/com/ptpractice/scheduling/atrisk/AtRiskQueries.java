package com.ptpractice.scheduling.atrisk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live dry-needling appointments starting in a window, with their clinic's state and
 * zone, by start; one page at a time.
 */
@Component
class AtRiskQueries {

	private static final String UPCOMING_NEEDLING = """
			SELECT a.id, a.patient_id, a.therapist_id, a.clinic_id, a.starts_at, c.state, c.zone_id
			FROM appointment a JOIN clinic c ON c.id = a.clinic_id
			WHERE a.involves_dry_needling
			  AND a.status IN ('BOOKED', 'CHECKED_IN')
			  AND a.starts_at > :from AND a.starts_at < :to
			ORDER BY a.starts_at, a.id
			LIMIT :limit OFFSET :offset
			""";

	private final JdbcClient jdbc;

	AtRiskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UpcomingNeedling> upcomingNeedling(Instant from, Instant to, int limit, long offset) {
		return this.jdbc.sql(UPCOMING_NEEDLING)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new UpcomingNeedling(rs.getObject("id", UUID.class),
					rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("clinic_id", UUID.class), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
					rs.getString("state"), ZoneId.of(rs.getString("zone_id"))))
			.list();
	}

	/** A needling visit to re-check. */
	record UpcomingNeedling(UUID id, UUID patientId, UUID therapistId, UUID clinicId, Instant startsAt, String state,
			ZoneId zoneId) {
	}

}
