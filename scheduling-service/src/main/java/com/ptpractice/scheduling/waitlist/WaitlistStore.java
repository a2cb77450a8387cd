package com.ptpractice.scheduling.waitlist;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.ptpractice.scheduling.waitlist.WaitlistEntry.Window;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The waitlist's entries and their audit events, in SQL.
 */
@Component
class WaitlistStore {

	private static final String ENTRY = """
			SELECT id, patient_id, type_code, from_date, to_date, weekdays, earliest_time, latest_time, clinic_ids,
			       state, therapist_id, status, requested_at, created_by
			FROM waitlist_entry""";

	private final JdbcClient jdbc;

	WaitlistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the entry; false when the patient already waits for the type. */
	boolean insert(WaitlistEntry entry) {
		Window window = entry.window();
		return this.jdbc.sql("""
				INSERT INTO waitlist_entry (id, patient_id, type_code, from_date, to_date, weekdays, earliest_time,
				    latest_time, clinic_ids, state, therapist_id, status, requested_at, created_by)
				VALUES (:id, :patient, :type, :from, :to, CAST(string_to_array(:weekdays, ',') AS smallint[]),
				    :earliest, :latest, CAST(string_to_array(:clinics, ',') AS uuid[]), :state, :therapist,
				    'WAITING', :requestedAt, :by)
				ON CONFLICT DO NOTHING""")
			.param("id", entry.id())
			.param("patient", entry.patientId())
			.param("type", entry.typeCode())
			.param("from", window.fromDate())
			.param("to", window.toDate())
			.param("weekdays",
					String.join(",", window.weekdays().stream().map((day) -> String.valueOf(day.getValue())).toList()))
			.param("earliest", window.earliestTime())
			.param("latest", window.latestTime())
			.param("clinics", String.join(",", window.clinicIds().stream().map(UUID::toString).toList()))
			.param("state", window.state())
			.param("therapist", window.therapistId())
			.param("requestedAt", utc(entry.requestedAt()))
			.param("by", entry.createdBy())
			.update() == 1;
	}

	Optional<WaitlistEntry> find(UUID id) {
		return this.jdbc.sql(ENTRY + " WHERE id = :id").param("id", id).query(WaitlistStore::entry).optional();
	}

	/** One page of entries in request order, only those in {@code status} if given. */
	List<WaitlistEntry> page(@Nullable EntryStatus status, int page, int size) {
		return this.jdbc
			.sql(ENTRY + " WHERE (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))"
					+ " ORDER BY requested_at, id LIMIT :size OFFSET :offset")
			.param("status", (status != null) ? status.name() : null)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(WaitlistStore::entry)
			.list();
	}

	long count(@Nullable EntryStatus status) {
		return this.jdbc
			.sql("SELECT count(*) FROM waitlist_entry"
					+ " WHERE (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))")
			.param("status", (status != null) ? status.name() : null)
			.query(Long.class)
			.single();
	}

	/**
	 * Moves the entry from one status to another; false if it was not in {@code from}.
	 */
	boolean move(UUID entryId, EntryStatus from, EntryStatus to) {
		return this.jdbc.sql("""
				UPDATE waitlist_entry SET status = :to, version = version + 1
				WHERE id = :id AND status = :from""")
			.param("id", entryId)
			.param("from", from.name())
			.param("to", to.name())
			.update() == 1;
	}

	/** The audit trail: what happened to an entry or its offer, who did it, when. */
	void event(UUID entryId, @Nullable UUID offerId, String kind, String actor, Instant at) {
		this.jdbc.sql("""
				INSERT INTO waitlist_event (id, entry_id, offer_id, kind, actor, occurred_at)
				VALUES (:id, :entry, :offer, :kind, :actor, :at)""")
			.param("id", UUID.randomUUID())
			.param("entry", entryId)
			.param("offer", offerId)
			.param("kind", kind)
			.param("actor", actor)
			.param("at", utc(at))
			.update();
	}

	private static WaitlistEntry entry(ResultSet rs, int row) throws SQLException {
		Window window = new Window(rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				Arrays.stream(numbers(rs.getArray("weekdays"))).map((day) -> DayOfWeek.of(day.intValue())).toList(),
				rs.getObject("earliest_time", LocalTime.class), rs.getObject("latest_time", LocalTime.class),
				Arrays.stream(uuids(rs.getArray("clinic_ids"))).toList(), rs.getString("state"),
				rs.getObject("therapist_id", UUID.class));
		return new WaitlistEntry(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
				rs.getString("type_code"), window, EntryStatus.valueOf(rs.getString("status")),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
	}

	private static Number[] numbers(Array array) throws SQLException {
		return (Number[]) array.getArray();
	}

	private static UUID[] uuids(Array array) throws SQLException {
		return (UUID[]) array.getArray();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static ZoneId zone(ResultSet rs) throws SQLException {
		return ZoneId.of(rs.getString("zone_id"));
	}

}
