package com.ptpractice.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every booking of the run, planned in advance from the seeded schedule so that each one
 * gets a free slot and a patient with nothing else at that time. The free working hours
 * of the bench therapists are read once and shuffled; hours in CA and NY (where needling
 * is prohibited) and every fifth other hour take one 45-minute follow-up at the full
 * hour, the rest two 30-minute needling visits (:00 and :30). Patients are handed out per
 * start instant, so no patient gets two visits at once: needling visits start on the half
 * hour and last 30 minutes, follow-ups start on the hour, each from its own pool.
 */
final class SlotPlan {

	private static final Set<String> NO_NEEDLING = Set.of("CA", "NY");

	private static final String FREE_HOURS = """
			WITH hours AS (
			    SELECT a.therapist_id, c.id AS clinic_id, c.state,
			           ((d + h * interval '1 hour') AT TIME ZONE c.zone_id) AS starts_at
			    FROM assignment a
			    JOIN clinic c ON c.id = a.clinic_id
			    JOIN weekly_hours w ON w.assignment_id = a.id
			    CROSS JOIN generate_series(date_trunc('week', current_date + 7)::timestamp,
			        date_trunc('week', current_date + 7)::timestamp + interval '27 days', interval '1 day') AS d
			    CROSS JOIN LATERAL generate_series(extract(hour FROM w.start_time)::int,
			        extract(hour FROM w.end_time)::int - 1) AS h
			    WHERE c.name LIKE 'Bench %' AND extract(isodow FROM d) = w.day_of_week),
			busy AS (
			    SELECT DISTINCT ap.therapist_id, hour AS starts_at
			    FROM appointment ap
			    CROSS JOIN LATERAL generate_series(date_trunc('hour', ap.starts_at),
			        ap.ends_at - interval '1 microsecond', interval '1 hour') AS hour
			    WHERE ap.status NOT IN ('CANCELLED', 'NO_SHOW')
			      AND ap.ends_at > date_trunc('week', current_date + 7)::timestamp - interval '2 days'
			      AND ap.starts_at < date_trunc('week', current_date + 7)::timestamp + interval '30 days')
			SELECT therapist_id, clinic_id, state, starts_at FROM hours
			WHERE NOT EXISTS (SELECT 1 FROM busy
			    WHERE busy.therapist_id = hours.therapist_id AND busy.starts_at = hours.starts_at)""";

	private final List<Slot> needlingSlots = new ArrayList<>();

	private final List<Slot> followUpSlots = new ArrayList<>();

	private final Map<Instant, Integer> needlingPatientsUsed = new HashMap<>();

	private final Map<Instant, Integer> followUpPatientsUsed = new HashMap<>();

	private final Set<UUID> clinics = new TreeSet<>();

	private final Set<String> states = new TreeSet<>();

	private int nextNeedling;

	private int nextFollowUp;

	SlotPlan(Connection connection) throws SQLException {
		List<Slot> hours = new ArrayList<>();
		try (Statement settings = connection.createStatement()) {
			// planned as hash joins on equality; PostgreSQL's JIT only adds seconds here
			settings.execute("SET jit = off");
			settings.execute("SET TimeZone = 'UTC'");
		}
		try (PreparedStatement statement = connection.prepareStatement(FREE_HOURS);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				hours.add(new Slot(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
						rows.getTimestamp(4).toInstant()));
			}
		}
		Collections.shuffle(hours, new Random(8));
		List<Slot> secondHalves = new ArrayList<>();
		for (int index = 0; index < hours.size(); index++) {
			Slot hour = hours.get(index);
			if (NO_NEEDLING.contains(hour.state()) || index % 5 == 0) {
				this.followUpSlots.add(hour);
				continue;
			}
			this.needlingSlots.add(hour);
			secondHalves.add(hour.later(Duration.ofMinutes(30)));
			this.clinics.add(hour.clinicId());
			this.states.add(hour.state());
		}
		this.needlingSlots.addAll(secondHalves);
	}

	int freeHours() {
		return this.needlingSlots.size() / 2 + this.followUpSlots.size();
	}

	/** Bench clinics and states where needling is allowed. */
	List<UUID> needlingClinics() {
		return List.copyOf(this.clinics);
	}

	List<String> needlingStates() {
		return List.copyOf(this.states);
	}

	/** Up to {@code count} needling visits; fewer when the free slots run out. */
	synchronized List<Booking> needling(int count) {
		List<Booking> bookings = new ArrayList<>(count);
		while (bookings.size() < count && this.nextNeedling < this.needlingSlots.size()) {
			Slot slot = this.needlingSlots.get(this.nextNeedling++);
			List<UUID> patients = patients(this.needlingPatientsUsed, slot.startsAt(), 1, 1, Ids.NEEDLING_PATIENTS);
			if (!patients.isEmpty()) {
				bookings.add(slot.book(patients.get(0), "DRY_NEEDLING"));
			}
		}
		return bookings;
	}

	synchronized List<Booking> followUps(int count) {
		List<Booking> bookings = new ArrayList<>(count);
		while (bookings.size() < count && this.nextFollowUp < this.followUpSlots.size()) {
			Slot slot = this.followUpSlots.get(this.nextFollowUp++);
			List<UUID> patients = patients(this.followUpPatientsUsed, slot.startsAt(), 1, Ids.NEEDLING_PATIENTS + 1,
					Ids.FOLLOW_UP_PATIENTS);
			if (!patients.isEmpty()) {
				bookings.add(slot.book(patients.get(0), "FOLLOW_UP"));
			}
		}
		return bookings;
	}

	/** One needling slot and {@code width} patients free then, to race for it. */
	synchronized List<Booking> race(int width) {
		while (this.nextNeedling < this.needlingSlots.size()) {
			Slot slot = this.needlingSlots.get(this.nextNeedling++);
			List<UUID> patients = patients(this.needlingPatientsUsed, slot.startsAt(), width, 1, Ids.NEEDLING_PATIENTS);
			if (!patients.isEmpty()) {
				return patients.stream().map((patient) -> slot.book(patient, "DRY_NEEDLING")).toList();
			}
		}
		return List.of();
	}

	private static List<UUID> patients(Map<Instant, Integer> used, Instant at, int count, int first, int poolSize) {
		int taken = used.getOrDefault(at, 0);
		if (taken + count > poolSize) {
			return List.of();
		}
		used.put(at, taken + count);
		List<UUID> patients = new ArrayList<>(count);
		for (int index = taken; index < taken + count; index++) {
			patients.add(Ids.patient(first + index));
		}
		return patients;
	}

	private record Slot(UUID therapistId, UUID clinicId, String state, Instant startsAt) {

		Slot later(Duration by) {
			return new Slot(this.therapistId, this.clinicId, this.state, this.startsAt.plus(by));
		}

		Booking book(UUID patientId, String type) {
			return new Booking(patientId, this.therapistId, this.clinicId, type, this.startsAt);
		}

	}

}
