package com.ptpractice.credentialing.expiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recorded daily reports, one per day, kept as JSON.
 */
@Repository
class ExpirySnapshots {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExpirySnapshots(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records the day's report unless one was recorded already; true if this one was. */
	boolean recordOnce(ExpiryReport report, Instant recordedAt) {
		return this.jdbc.sql("""
				INSERT INTO expiry_snapshot (report_date, within_days, recorded_at, report)
				VALUES (:day, :within, :at, CAST(:report AS jsonb))
				ON CONFLICT (report_date) DO NOTHING
				""")
			.param("day", report.asOf())
			.param("within", report.withinDays())
			.param("at", Timestamp.from(recordedAt))
			.param("report", this.json.writeValueAsString(report))
			.update() == 1;
	}

	boolean exists(LocalDate day) {
		return this.jdbc.sql("SELECT count(*) FROM expiry_snapshot WHERE report_date = :day")
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

	Optional<ExpiryReport> find(LocalDate day) {
		return this.jdbc.sql("SELECT report::text FROM expiry_snapshot WHERE report_date = :day")
			.param("day", day)
			.query(String.class)
			.optional()
			.map((report) -> this.json.readValue(report, ExpiryReport.class));
	}

}
