package com.ptpractice.scheduling.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static com.ptpractice.scheduling.waitlist.WaitlistStore.utc;

/**
 * Freed time (openings), the offers that hold it and the needling refusals, in SQL.
 */
@Component
class OfferStore {

	private static final String OFFER = """
			SELECT o.id, o.entry_id, o.patient_id, o.therapist_id, o.clinic_id, c.zone_id, o.type_code, o.starts_at,
			       o.ends_at, o.held_until, o.status, o.appointment_id, o.offered_at, o.decided_by, o.decided_at
			FROM waitlist_offer o JOIN clinic c ON c.id = o.clinic_id""";

	private final JdbcClient jdbc;

	OfferStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertOpening(UUID id, UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt, UUID freedBy,
			Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO waitlist_opening (id, therapist_id, clinic_id, starts_at, ends_at, freed_by, freed_at, status)
					VALUES (:id, :therapist, :clinic, :startsAt, :endsAt, :freedBy, :at, 'OPEN')""")
			.param("id", id)
			.param("therapist", therapistId)
			.param("clinic", clinicId)
			.param("startsAt", utc(startsAt))
			.param("endsAt", utc(endsAt))
			.param("freedBy", freedBy)
			.param("at", utc(at))
			.update();
	}

	Optional<Opening> opening(UUID id) {
		return this.jdbc.sql("""
				SELECT o.id, o.therapist_id, o.clinic_id, o.starts_at, o.ends_at, o.status, c.state, c.zone_id, c.active
				FROM waitlist_opening o JOIN clinic c ON c.id = o.clinic_id WHERE o.id = :id""")
			.param("id", id)
			.query((rs, row) -> new Opening(rs.getObject("id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getObject("clinic_id", UUID.class), instant(rs, "starts_at"), instant(rs, "ends_at"),
					rs.getString("status"), rs.getString("state"), WaitlistStore.zone(rs), rs.getBoolean("active")))
			.optional();
	}

	void moveOpening(UUID id, String to) {
		this.jdbc.sql("UPDATE waitlist_opening SET status = :to WHERE id = :id AND status NOT IN ('FILLED', 'CLOSED')")
			.param("id", id)
			.param("to", to)
			.update();
	}

	/** Open time ahead, the soonest first, to offer again. */
	List<UUID> openOpenings(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM waitlist_opening WHERE status = 'OPEN' AND starts_at > :now
				ORDER BY starts_at, id LIMIT :limit""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Openings that started: nobody can be offered them any more. */
	int closePast(Instant now) {
		return this.jdbc.sql(
				"UPDATE waitlist_opening SET status = 'CLOSED' WHERE status IN ('OPEN', 'OFFERED') AND starts_at <= :now"
						+ " AND NOT EXISTS (SELECT 1 FROM waitlist_offer f WHERE f.opening_id = waitlist_opening.id"
						+ " AND f.status = 'HELD')")
			.param("now", utc(now))
			.update();
	}

	/**
	 * The waiting entries the opening suits, in the order they asked: type fits the freed
	 * time, clinic-local date, weekday and times within the window, the clinic or its
	 * state, the therapist if named; not offered or refused this opening before, and the
	 * patient free then.
	 */
	List<Candidate> candidates(UUID openingId, int limit) {
		return this.jdbc.sql("""
				SELECT e.id, e.patient_id, e.type_code, t.involves_dry_needling,
				       o.starts_at + make_interval(mins => t.duration_minutes) AS ends_at
				FROM waitlist_opening o
				JOIN clinic c ON c.id = o.clinic_id
				JOIN waitlist_entry e ON e.status = 'WAITING'
				JOIN appointment_type t ON t.code = e.type_code AND t.active
				CROSS JOIN LATERAL (
				    SELECT o.starts_at AT TIME ZONE c.zone_id AS local_start,
				           (o.starts_at + make_interval(mins => t.duration_minutes)) AT TIME ZONE c.zone_id AS local_end
				) l
				WHERE o.id = :opening
				  AND o.starts_at + make_interval(mins => t.duration_minutes) <= o.ends_at
				  AND l.local_start::date BETWEEN e.from_date AND e.to_date
				  AND (cardinality(e.weekdays) = 0 OR extract(isodow FROM l.local_start)::smallint = ANY (e.weekdays))
				  AND l.local_start::time >= e.earliest_time
				  AND l.local_end <= l.local_start::date + e.latest_time
				  AND (o.clinic_id = ANY (e.clinic_ids) OR e.state = c.state)
				  AND (e.therapist_id IS NULL OR e.therapist_id = o.therapist_id)
				  AND NOT EXISTS (SELECT 1 FROM waitlist_offer x WHERE x.opening_id = o.id AND x.entry_id = e.id)
				  AND NOT EXISTS (SELECT 1 FROM waitlist_refusal r WHERE r.opening_id = o.id AND r.entry_id = e.id)
				  AND NOT EXISTS (SELECT 1 FROM appointment a
				                  WHERE a.patient_id = e.patient_id AND a.status NOT IN ('CANCELLED', 'NO_SHOW')
				                    AND a.during && tstzrange(o.starts_at,
				                                              o.starts_at + make_interval(mins => t.duration_minutes)))
				ORDER BY e.requested_at, e.id
				LIMIT :limit""")
			.param("opening", openingId)
			.param("limit", limit)
			.query((rs, row) -> new Candidate(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
					rs.getString("type_code"), rs.getBoolean("involves_dry_needling"), instant(rs, "ends_at")))
			.list();
	}

	void refused(UUID openingId, UUID entryId, String reasonsJson, Instant at) {
		this.jdbc.sql("""
				INSERT INTO waitlist_refusal (opening_id, entry_id, reasons, decided_at)
				VALUES (:opening, :entry, CAST(:reasons AS jsonb), :at) ON CONFLICT DO NOTHING""")
			.param("opening", openingId)
			.param("entry", entryId)
			.param("reasons", reasonsJson)
			.param("at", utc(at))
			.update();
	}

	/**
	 * Inserts a hold; the database refuses it (23P01) on time a visit or a hold takes.
	 */
	void insertHeld(UUID id, Opening opening, Candidate candidate, Instant now, Duration holdFor) {
		this.jdbc.sql("""
				INSERT INTO waitlist_offer (id, opening_id, entry_id, patient_id, therapist_id, clinic_id, type_code,
				    starts_at, ends_at, held_until, status, offered_at)
				VALUES (:id, :opening, :entry, :patient, :therapist, :clinic, :type, :startsAt, :endsAt, :heldUntil,
				    'HELD', :now)""")
			.param("id", id)
			.param("opening", opening.id())
			.param("entry", candidate.entryId())
			.param("patient", candidate.patientId())
			.param("therapist", opening.therapistId())
			.param("clinic", opening.clinicId())
			.param("type", candidate.typeCode())
			.param("startsAt", utc(opening.startsAt()))
			.param("endsAt", utc(candidate.endsAt()))
			.param("heldUntil", utc(now.plus(holdFor)))
			.param("now", utc(now))
			.update();
	}

	Optional<WaitlistOffer> find(UUID id) {
		return this.jdbc.sql(OFFER + " WHERE o.id = :id").param("id", id).query(OfferStore::offer).optional();
	}

	UUID openingOf(UUID offerId) {
		return this.jdbc.sql("SELECT opening_id FROM waitlist_offer WHERE id = :id")
			.param("id", offerId)
			.query(UUID.class)
			.single();
	}

	/** The entry's offers, the latest first. */
	List<WaitlistOffer> ofEntry(UUID entryId) {
		return this.jdbc.sql(OFFER + " WHERE o.entry_id = :entry ORDER BY o.offered_at DESC, o.id LIMIT 50")
			.param("entry", entryId)
			.query(OfferStore::offer)
			.list();
	}

	/** Offers holding time at {@code now}, the soonest to lapse first. */
	List<WaitlistOffer> held(Instant now, int page, int size) {
		return this.jdbc
			.sql(OFFER + " WHERE o.status = 'HELD' AND o.held_until > :now"
					+ " ORDER BY o.held_until, o.id LIMIT :size OFFSET :offset")
			.param("now", utc(now))
			.param("size", size)
			.param("offset", (long) page * size)
			.query(OfferStore::offer)
			.list();
	}

	long countHeld(Instant now) {
		return this.jdbc.sql("SELECT count(*) FROM waitlist_offer WHERE status = 'HELD' AND held_until > :now")
			.param("now", utc(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Ends a held offer ({@code DECLINED}, {@code WITHDRAWN}, {@code EXPIRED}); false if
	 * it was not held.
	 */
	boolean end(UUID offerId, OfferStatus to, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE waitlist_offer SET status = :to, decided_by = :by, decided_at = :at
				WHERE id = :id AND status = 'HELD'""")
			.param("id", offerId)
			.param("to", to.name())
			.param("by", by)
			.param("at", utc(at))
			.update() == 1;
	}

	/** Confirms a hold that has not lapsed; false if it is not held any more. */
	boolean confirm(UUID offerId, UUID appointmentId, String by, Instant now) {
		return this.jdbc.sql("""
				UPDATE waitlist_offer SET status = 'CONFIRMED', appointment_id = :appointment, decided_by = :by,
				    decided_at = :now
				WHERE id = :id AND status = 'HELD' AND held_until > :now""")
			.param("id", offerId)
			.param("appointment", appointmentId)
			.param("by", by)
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Marks the holds lapsed by {@code now} expired (on the therapist's time, if given)
	 * and answers them.
	 */
	List<Ended> expireLapsed(Instant now, @Nullable UUID therapistId, @Nullable Instant from, @Nullable Instant to) {
		return this.jdbc.sql("""
				UPDATE waitlist_offer SET status = 'EXPIRED', decided_by = 'system', decided_at = :now
				WHERE status = 'HELD' AND held_until <= :now
				  AND (CAST(:therapist AS uuid) IS NULL
				       OR (therapist_id = CAST(:therapist AS uuid)
				           AND during && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz))))
				RETURNING id, entry_id, opening_id""")
			.param("now", utc(now))
			.param("therapist", therapistId)
			.param("from", (from != null) ? utc(from) : null)
			.param("to", (to != null) ? utc(to) : null)
			.query((rs, row) -> new Ended(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
					rs.getObject("opening_id", UUID.class)))
			.list();
	}

	/** Whether an offer holding at {@code now} claims any of the therapist's time. */
	boolean holdsTime(UUID therapistId, Instant from, Instant to, Instant now) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT FROM waitlist_offer
				               WHERE therapist_id = :therapist AND status = 'HELD' AND held_until > :now
				                 AND during && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz)))""")
			.param("therapist", therapistId)
			.param("now", utc(now))
			.param("from", utc(from))
			.param("to", utc(to))
			.query(Boolean.class)
			.single();
	}

	/** The offer of the entry that holds time now, if any. */
	Optional<Ended> heldOfEntry(UUID entryId) {
		return this.jdbc
			.sql("SELECT id, entry_id, opening_id FROM waitlist_offer WHERE entry_id = :entry AND status = 'HELD'")
			.param("entry", entryId)
			.query((rs, row) -> new Ended(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
					rs.getObject("opening_id", UUID.class)))
			.optional();
	}

	private static WaitlistOffer offer(ResultSet rs, int row) throws SQLException {
		String decidedBy = rs.getString("decided_by");
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new WaitlistOffer(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
				rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getObject("clinic_id", UUID.class), WaitlistStore.zone(rs), rs.getString("type_code"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "held_until"),
				OfferStatus.valueOf(rs.getString("status")), rs.getObject("appointment_id", UUID.class),
				instant(rs, "offered_at"), decidedBy, (decidedAt != null) ? decidedAt.toInstant() : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** Time a visit left free. */
	record Opening(UUID id, UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt, String status,
			String state, java.time.ZoneId zoneId, boolean clinicActive) {
	}

	/** A waiting entry an opening suits, and the visit it would be. */
	record Candidate(UUID entryId, UUID patientId, String typeCode, boolean needling, Instant endsAt) {
	}

	/** An offer that stopped holding time: its entry and opening. */
	record Ended(UUID offerId, UUID entryId, UUID openingId) {
	}

}
