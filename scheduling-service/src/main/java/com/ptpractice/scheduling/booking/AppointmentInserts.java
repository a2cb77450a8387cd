package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of booking that a repository cannot say: transaction-scoped advisory locks, an
 * insert that reports a lost race instead of failing, and idempotency keys.
 *
 * <p>
 * Racing plain INSERTs against an exclusion constraint deadlock (40P01, found only after
 * {@code deadlock_timeout}). Here every writer first takes advisory locks on the
 * therapist and the patient, in one global order, so writers for the same therapist or
 * patient queue instead of deadlocking; then {@code INSERT ... ON CONFLICT DO NOTHING}
 * (no conflict target, so it covers the exclusion constraints) returns no row when the
 * time is taken.
 */
@Component
class AppointmentInserts {

	private final JdbcClient jdbc;

	AppointmentInserts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks until the transaction ends, in sorted order so no two writers deadlock; all
	 * keys in one statement (one round trip instead of one per key: issue 15's profile),
	 * which takes them one after the other in the array's order (the ordered subquery is
	 * kept apart by {@code OFFSET 0}, so the aggregate sees its rows in that order).
	 */
	void lock(String... keys) {
		String[] sorted = Arrays.stream(keys).distinct().sorted().toArray(String[]::new);
		if (sorted.length == 1) {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
				.param("key", sorted[0])
				.query((rs, row) -> 1)
				.list();
			return;
		}
		this.jdbc
			.sql("""
					SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))
					FROM (SELECT k FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS t (k, n) ORDER BY n OFFSET 0) AS ordered""")
			.param("keys", sorted)
			.query((rs, row) -> 1)
			.list();
	}

	/** Inserts the appointment; false if a live appointment overlaps it. */
	boolean insertUnlessTaken(Appointment appointment) {
		return insertUnlessTaken(appointment, null);
	}

	/**
	 * Inserts the appointment as an occurrence of a series (or of none); false if a live
	 * appointment overlaps it.
	 */
	boolean insertUnlessTaken(Appointment appointment, @Nullable UUID seriesId) {
		return this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at, version, series_id)
				VALUES (:id, :patientId, :therapistId, :clinicId, :typeCode, :needling, :startsAt, :endsAt,
				    :status, :createdBy, :createdAt, 0, :seriesId)
				ON CONFLICT DO NOTHING
				RETURNING id""")
			.param("id", appointment.id())
			.param("patientId", appointment.patientId())
			.param("therapistId", appointment.therapistId())
			.param("clinicId", appointment.clinicId())
			.param("typeCode", appointment.typeCode())
			.param("needling", appointment.involvesDryNeedling())
			.param("startsAt", utc(appointment.startsAt()))
			.param("endsAt", utc(appointment.endsAt()))
			.param("status", appointment.status().name())
			.param("createdBy", appointment.createdBy())
			.param("createdAt", utc(appointment.createdAt()))
			.param("seriesId", seriesId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	Optional<Remembered> remembered(String caller, String key) {
		return this.jdbc.sql("""
				SELECT request_hash, appointment_id FROM booking_idempotency
				WHERE caller = :caller AND idempotency_key = :key""")
			.param("caller", caller)
			.param("key", key)
			.query((rs, row) -> new Remembered(rs.getString(1), rs.getObject(2, UUID.class)))
			.optional();
	}

	void remember(String caller, String key, String requestHash, UUID appointmentId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO booking_idempotency (caller, idempotency_key, request_hash, appointment_id, created_at)
				VALUES (:caller, :key, :hash, :appointmentId, :now)""")
			.param("caller", caller)
			.param("key", key)
			.param("hash", requestHash)
			.param("appointmentId", appointmentId)
			.param("now", utc(now))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** What an idempotency key was first used for. */
	record Remembered(String requestHash, UUID appointmentId) {
	}

}
