package com.ptpractice.scheduling.finder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.scheduling.finder.FinderCriteria.GeoPoint;
import org.jspecify.annotations.Nullable;

import com.ptpractice.scheduling.availability.SearchStatements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Candidate clinics in one query: active, in the state and/or within the radius
 * (great-circle distance, haversine on a sphere of 6371 km), each with the therapists
 * assigned there during the window, nearest (else by name) first.
 */
@Component
class FinderQueries {

	private static final String CANDIDATES = """
			WITH candidate AS (
			    SELECT c.*,
			           CASE WHEN CAST(:lat AS double precision) IS NULL THEN NULL
			           ELSE 2 * 6371.0088 * asin(sqrt(
			                power(sin(radians(c.latitude - CAST(:lat AS double precision)) / 2), 2)
			                + cos(radians(CAST(:lat AS double precision))) * cos(radians(c.latitude))
			                  * power(sin(radians(c.longitude - CAST(:lng AS double precision)) / 2), 2)))
			           END AS distance_km
			    FROM clinic c
			    WHERE c.active
			      AND (CAST(:state AS text) IS NULL OR c.state = CAST(:state AS text))
			)
			SELECT cand.id, cand.name, cand.address_line1, cand.address_line2, cand.city, cand.state,
			       cand.postal_code, cand.phone, cand.zone_id, cand.latitude, cand.longitude, cand.distance_km,
			       t.therapist_ids
			FROM candidate cand
			CROSS JOIN LATERAL (
			    SELECT string_agg(DISTINCT a.therapist_id::text, ',') AS therapist_ids
			    FROM assignment a
			    WHERE a.clinic_id = cand.id
			      AND a.effective_from <= CAST(:until AS date)
			      AND (a.effective_until IS NULL OR a.effective_until >= CAST(:since AS date))
			) t
			WHERE t.therapist_ids IS NOT NULL
			  AND (CAST(:radiusKm AS double precision) IS NULL OR cand.distance_km <= CAST(:radiusKm AS double precision))
			ORDER BY cand.distance_km NULLS LAST, cand.name, cand.id
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	FinderQueries(SearchStatements statements) {
		this.jdbc = statements.client();
	}

	List<Candidate> candidates(FinderCriteria criteria, LocalDate since, LocalDate until, int limit) {
		GeoPoint near = criteria.near();
		return this.jdbc.sql(CANDIDATES)
			.param("lat", (near != null) ? near.latitude() : null)
			.param("lng", (near != null) ? near.longitude() : null)
			.param("radiusKm", criteria.radiusKm())
			.param("state", criteria.state())
			.param("since", since)
			.param("until", until)
			.param("limit", limit)
			.query(FinderQueries::candidate)
			.list();
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		double distance = rs.getDouble("distance_km");
		Double distanceKm = rs.wasNull() ? null : distance;
		Set<UUID> therapists = Arrays.stream(rs.getString("therapist_ids").split(","))
			.map(UUID::fromString)
			.collect(Collectors.toUnmodifiableSet());
		return new Candidate(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address_line1"),
				rs.getString("address_line2"), rs.getString("city"), rs.getString("state"), rs.getString("postal_code"),
				rs.getString("phone"), ZoneId.of(rs.getString("zone_id")), rs.getDouble("latitude"),
				rs.getDouble("longitude"), distanceKm, therapists);
	}

	/**
	 * A clinic that may offer needling, with who works there; never leaves this package.
	 */
	record Candidate(UUID id, String name, String addressLine1, @Nullable String addressLine2, String city,
			String state, String postalCode, String phone, ZoneId zoneId, double latitude, double longitude,
			@Nullable Double distanceKm, Set<UUID> therapistIds) {
	}

}
