package com.ptpractice.scheduling.series;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.needling.Recurrence;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The series table, its occurrences (appointments that name it) and its idempotency keys.
 */
@Component
class SeriesStore {

	private static final TypeReference<List<Outcome>> OUTCOMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SeriesStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, BookSeries request, String by, Instant now) {
		Recurrence r = request.recurrence();
		this.jdbc.sql("""
				INSERT INTO appointment_series (id, patient_id, therapist_id, clinic_id, type_code, weekdays,
				    start_time, first_date, occurrence_count, until_date, mode, outcomes, created_by, created_at)
				VALUES (:id, :patientId, :therapistId, :clinicId, :typeCode, :weekdays, :startTime, :firstDate,
				    :count, :until, :mode, '[]', :by, :now)""")
			.param("id", id)
			.param("patientId", request.patientId())
			.param("therapistId", request.therapistId())
			.param("clinicId", request.clinicId())
			.param("typeCode", request.typeCode())
			.param("weekdays",
					r.weekdays()
						.stream()
						.sorted()
						.map((day) -> String.valueOf(day.getValue()))
						.collect(Collectors.joining(",")))
			.param("startTime", r.startTime())
			.param("firstDate", r.firstDate())
			.param("count", r.count())
			.param("until", r.until())
			.param("mode", request.mode().name())
			.param("by", by)
			.param("now", utc(now))
			.update();
	}

	void saveOutcomes(UUID id, List<Outcome> outcomes) {
		this.jdbc.sql("UPDATE appointment_series SET outcomes = CAST(:outcomes AS jsonb) WHERE id = :id")
			.param("id", id)
			.param("outcomes", this.json.writeValueAsString(outcomes))
			.update();
	}

	Optional<StoredSeries> find(UUID id) {
		return this.jdbc.sql("""
				SELECT id, patient_id, therapist_id, clinic_id, type_code, weekdays, start_time, first_date,
				    occurrence_count, until_date, mode, outcomes
				FROM appointment_series WHERE id = :id""").param("id", id).query((rs, row) -> {
			Integer count = (Integer) rs.getObject("occurrence_count");
			LocalDate until = rs.getObject("until_date", LocalDate.class);
			Recurrence recurrence = new Recurrence(rs.getObject("first_date", LocalDate.class),
					weekdays(rs.getString("weekdays")), rs.getObject("start_time", LocalTime.class), count, until);
			BookSeries request = new BookSeries(rs.getObject("patient_id", UUID.class),
					rs.getObject("therapist_id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getString("type_code"), recurrence, SeriesMode.valueOf(rs.getString("mode")));
			return new StoredSeries(rs.getObject("id", UUID.class), request,
					this.json.readValue(rs.getString("outcomes"), OUTCOMES));
		}).optional();
	}

	/** The series' occurrences as they stand, any status, in start order. */
	List<UUID> occurrenceIds(UUID seriesId) {
		return this.jdbc.sql("SELECT id FROM appointment WHERE series_id = :id ORDER BY starts_at, id")
			.param("id", seriesId)
			.query(UUID.class)
			.list();
	}

	Optional<Remembered> remembered(String caller, String key) {
		return this.jdbc.sql("""
				SELECT request_hash, series_id FROM series_idempotency
				WHERE caller = :caller AND idempotency_key = :key""")
			.param("caller", caller)
			.param("key", key)
			.query((rs, row) -> new Remembered(rs.getString(1), rs.getObject(2, UUID.class)))
			.optional();
	}

	void remember(String caller, String key, String requestHash, UUID seriesId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO series_idempotency (caller, idempotency_key, request_hash, series_id, created_at)
				VALUES (:caller, :key, :hash, :seriesId, :now)""")
			.param("caller", caller)
			.param("key", key)
			.param("hash", requestHash)
			.param("seriesId", seriesId)
			.param("now", utc(now))
			.update();
	}

	private static Set<DayOfWeek> weekdays(String stored) {
		return Arrays.stream(stored.split(","))
			.map((day) -> DayOfWeek.of(Integer.parseInt(day)))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A series as stored, with its first answer. */
	record StoredSeries(UUID id, BookSeries request, List<Outcome> outcomes) {
	}

	/** What an idempotency key was first used for. */
	record Remembered(String requestHash, @Nullable UUID seriesId) {
	}

}
