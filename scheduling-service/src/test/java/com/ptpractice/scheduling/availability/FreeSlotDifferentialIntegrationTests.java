package com.ptpractice.scheduling.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search that looks only inside free stretches ({@link FreeSlotQueries}) lists the
 * same slots, and finds the same earliest slot per clinic, as the previous search over
 * every quarter-hour candidate ({@link EveryCandidateOracle}), on a generated schedule:
 * clinics in zones with and without daylight saving time (Lord Howe Island changes by 30
 * minutes, Santiago at midnight), shifts across each zone's changes in both directions,
 * and appointments, time off and waitlist holds at odd minutes fragmenting the free time
 * (lapsed holds, cancelled visits and declined offers leaving it free). The schedule
 * comes from a fixed seed; everything runs in one transaction that is rolled back.
 */
class FreeSlotDifferentialIntegrationTests extends ApiIntegrationTestSupport {

	private static final long SEED = 20261202L;

	private static final String STATE = "ZZ";

	private static final List<String> ZONES = List.of("America/Denver", "America/Denver", "America/Phoenix",
			"Pacific/Honolulu", "America/New_York", "Australia/Lord_Howe", "America/Santiago");

	/** Weeks around each zone's clock changes, bounded at odd minutes. */
	private static final List<Window> WINDOWS = List.of(new Window("2026-03-05T06:10:00Z", "2026-03-12T06:55:00Z"),
			new Window("2026-04-01T13:05:00Z", "2026-04-08T12:20:00Z"),
			new Window("2026-09-02T09:40:00Z", "2026-09-09T08:35:00Z"),
			new Window("2026-09-30T11:00:00Z", "2026-10-07T10:45:00Z"),
			new Window("2026-10-29T05:50:00Z", "2026-11-05T07:15:00Z"));

	private static final List<LocalDate> CHANGE_DAYS = List.of(LocalDate.parse("2026-03-08"),
			LocalDate.parse("2026-04-05"), LocalDate.parse("2026-09-06"), LocalDate.parse("2026-10-04"),
			LocalDate.parse("2026-11-01"));

	private static final int[] VISIT_MINUTES = { 30, 45, 60 };

	private static final int[] BUSY_MINUTES = { 10, 15, 20, 25, 30, 35, 45, 50, 60, 75, 90, 120 };

	private static final int[] GAP_MINUTES = { 0, 0, 5, 10, 14, 15, 16, 25, 30, 31, 44, 45, 46, 59, 60, 61, 75, 90, 120,
			180 };

	@Autowired
	FreeSlotQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate batches;

	@Autowired
	PlatformTransactionManager transactions;

	private final List<Slot> compared = new ArrayList<>();

	private int comparisons;

	@Test
	void listsAndFindsExactlyWhatTheSearchOverEveryCandidateFinds() {
		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			transaction.setRollbackOnly();
			Schedule schedule = new Generator(new Random(SEED)).generate();
			EveryCandidateOracle oracle = new EveryCandidateOracle(this.jdbc);
			for (Window window : WINDOWS) {
				for (int minutes : VISIT_MINUTES) {
					Duration visit = Duration.ofMinutes(minutes);
					compareFreeSlots(oracle, schedule, window, visit, NOW);
					compareFreeSlots(oracle, schedule, window, visit, window.midway());
					compareEarliest(oracle, schedule, window, visit, NOW);
					compareEarliest(oracle, schedule, window, visit, window.midway());
				}
			}
			assertTheScheduleExercisedEveryClockChange();
		});
	}

	private void compareFreeSlots(EveryCandidateOracle oracle, Schedule schedule, Window window, Duration visit,
			Instant notBefore) {
		SlotSearch state = new SlotSearch("FOLLOW_UP", window.from(), window.to(), null, STATE, null, 100_000);
		List<Slot> all = same("state " + state, oracle.freeSlots(state, visit, notBefore, null),
				this.queries.freeSlots(state, visit, notBefore, null));
		this.compared.addAll(all);
		SlotSearch first37 = new SlotSearch("FOLLOW_UP", window.from(), window.to(), null, STATE, null, 37);
		same("first 37 " + first37, oracle.freeSlots(first37, visit, notBefore, null),
				this.queries.freeSlots(first37, visit, notBefore, null));
		String allowed = everyOther(this.queries.workingDays(state));
		same("allowed " + state, oracle.freeSlots(state, visit, notBefore, allowed),
				this.queries.freeSlots(state, visit, notBefore, allowed));
		int turn = this.comparisons;
		UUID clinic = schedule.clinics().get(turn % schedule.clinics().size());
		SlotSearch oneClinic = new SlotSearch("FOLLOW_UP", window.from(), window.to(), clinic, null, null, 100_000);
		this.compared.addAll(same("clinic " + oneClinic, oracle.freeSlots(oneClinic, visit, notBefore, null),
				this.queries.freeSlots(oneClinic, visit, notBefore, null)));
		UUID therapist = schedule.therapists().get(turn % schedule.therapists().size());
		SlotSearch oneTherapist = new SlotSearch("FOLLOW_UP", window.from(), window.to(), null, null, therapist,
				100_000);
		same("therapist " + oneTherapist, oracle.freeSlots(oneTherapist, visit, notBefore, null),
				this.queries.freeSlots(oneTherapist, visit, notBefore, null));
		for (Slot slot : all.subList(0, Math.min(all.size(), 3))) {
			SlotSearch instant = new SlotSearch("FOLLOW_UP", slot.startsAt(), slot.startsAt().plusSeconds(1),
					slot.clinicId(), null, slot.therapistId(), 1);
			assertThat(same("instant " + instant, oracle.freeSlots(instant, visit, notBefore, null),
					this.queries.freeSlots(instant, visit, notBefore, null)))
				.containsExactly(slot);
		}
	}

	private void compareEarliest(EveryCandidateOracle oracle, Schedule schedule, Window window, Duration visit,
			Instant notBefore) {
		SlotSearch search = new SlotSearch("FOLLOW_UP", window.from(), window.to(), null, null, null, 1);
		String clinicIds = schedule.clinics().stream().map(UUID::toString).collect(Collectors.joining(","));
		List<Slot> earliest = same("earliest " + search,
				oracle.earliestPerClinic(search, clinicIds, visit, notBefore, null),
				this.queries.earliestPerClinic(search, schedule.clinics(), visit, notBefore, null));
		assertThat(earliest).as("a clinic or more has a free slot").isNotEmpty();
		String allowed = everyOther(this.queries.workingDays(search, schedule.clinics()));
		same("earliest allowed " + search, oracle.earliestPerClinic(search, clinicIds, visit, notBefore, allowed),
				this.queries.earliestPerClinic(search, schedule.clinics(), visit, notBefore, allowed));
	}

	private List<Slot> same(String search, List<Slot> expected, List<Slot> actual) {
		this.comparisons++;
		assertThat(actual).as(search).containsExactlyElementsOf(expected);
		return expected;
	}

	/**
	 * Half of who works where and when, as the {@code allowed} list of a needling search.
	 */
	private static String everyOther(List<FreeSlotQueries.WorkingDay> workingDays) {
		List<String> keys = workingDays.stream().map(FreeSlotQueries.WorkingDay::key).sorted().toList();
		List<String> half = new ArrayList<>();
		for (int i = 0; i < keys.size(); i += 2) {
			half.add(keys.get(i));
		}
		return String.join(",", half);
	}

	/**
	 * Not an expectation (the oracle is), but a check that the generated schedule offered
	 * slots within three hours of every clock change in the windows.
	 */
	private void assertTheScheduleExercisedEveryClockChange() {
		assertThat(this.comparisons).isGreaterThanOrEqualTo(300);
		assertThat(this.compared).hasSizeGreaterThan(5_000);
		for (String zone : ZONES) {
			for (Window window : WINDOWS) {
				ZoneOffsetTransition change = ZoneId.of(zone).getRules().nextTransition(window.from());
				if (change != null && change.getInstant().isBefore(window.to())) {
					assertThat(this.compared).as("slots near %s's change at %s", zone, change)
						.anyMatch((slot) -> slot.zoneId().getId().equals(zone)
								&& Duration.between(change.getInstant(), slot.startsAt())
									.abs()
									.compareTo(Duration.ofHours(3)) <= 0);
				}
			}
		}
	}

	private record Window(Instant from, Instant to) {

		Window(String from, String to) {
			this(Instant.parse(from), Instant.parse(to));
		}

		Instant midway() {
			return this.from.plus(Duration.ofHours(51).plusMinutes(7));
		}

	}

	private record Schedule(List<UUID> clinics, List<UUID> therapists) {
	}

	/**
	 * Inserts the clinics, assignments with weekly hours, and each therapist's busy time
	 * in every window, directly (through the API it would take minutes).
	 */
	private final class Generator {

		private final Random random;

		private final List<Object[]> appointments = new ArrayList<>();

		private final List<Object[]> timeOff = new ArrayList<>();

		private final List<Object[]> openings = new ArrayList<>();

		private final List<Object[]> offers = new ArrayList<>();

		private UUID anyAppointment = UUID.randomUUID();

		private final UUID entry = UUID.randomUUID();

		Generator(Random random) {
			this.random = random;
		}

		Schedule generate() {
			List<UUID> clinics = ZONES.stream().map(this::clinic).toList();
			List<UUID> therapists = new ArrayList<>();
			for (int i = 0; i < 2 * clinics.size(); i++) {
				UUID therapist = new UUID(SEED, i);
				therapists.add(therapist);
				assign(therapist, clinics.get(i % clinics.size()), i);
				if (i >= 10) {
					assign(therapist, clinics.get((i + 3) % clinics.size()), i + 1);
				}
				for (Window window : WINDOWS) {
					busy(therapist, clinics.get(i % clinics.size()), window);
				}
			}
			insertBusyTime();
			return new Schedule(clinics, therapists);
		}

		private UUID clinic(String zone) {
			UUID id = UUID.randomUUID();
			FreeSlotDifferentialIntegrationTests.this.jdbc
				.sql("""
						INSERT INTO clinic (id, name, address_line1, city, state, postal_code, phone, zone_id, latitude,
						    longitude)
						VALUES (:id, :name, '1 Main St', 'Somewhere', :state, '80202', '303-555-0100', :zone, 39.7, -105.0)""")
				.param("id", id)
				.param("name", "Differential " + id)
				.param("state", zone.equals("Pacific/Honolulu") ? "ZY" : STATE)
				.param("zone", zone)
				.update();
			return id;
		}

		/**
		 * Works at the clinic from a date on (some from or until a clock change), with
		 * weekly hours that often cover the night hours in which clocks change.
		 */
		private void assign(UUID therapist, UUID clinic, int index) {
			UUID assignment = UUID.randomUUID();
			LocalDate from = (index % 4 == 2) ? pick(CHANGE_DAYS) : LocalDate.parse("2026-01-01");
			LocalDate until = (index % 4 == 1) ? pick(CHANGE_DAYS) : null;
			FreeSlotDifferentialIntegrationTests.this.jdbc.sql("""
					INSERT INTO assignment (id, therapist_id, clinic_id, effective_from, effective_until, created_by,
					    created_at)
					VALUES (:id, :therapist, :clinic, :from, :until, 'test', now())""")
				.param("id", assignment)
				.param("therapist", therapist)
				.param("clinic", clinic)
				.param("from", from)
				.param("until", until)
				.update();
			List<Object[]> hours = new ArrayList<>();
			for (int day = 1; day <= 7; day++) {
				for (LocalTime[] shift : shifts(day)) {
					hours.add(new Object[] { assignment, day, shift[0], shift[1] });
				}
			}
			FreeSlotDifferentialIntegrationTests.this.batches.batchUpdate(
					"INSERT INTO weekly_hours (assignment_id, day_of_week, start_time, end_time) VALUES (?, ?, ?, ?)",
					hours);
		}

		/**
		 * A day's shifts, apart from one another: a night, a day or a split day, an
		 * evening. Every Sunday has a night and every Saturday an evening, the hours in
		 * which the zones here change their clocks.
		 */
		private List<LocalTime[]> shifts(int day) {
			List<LocalTime[]> shifts = new ArrayList<>();
			double kind = this.random.nextDouble();
			if (day == 7 || kind < 0.25) {
				shifts.add(quarters(this.random.nextInt(5), 12 + this.random.nextInt(9)));
			}
			else if (kind < 0.65) {
				int start = 24 + this.random.nextInt(25);
				shifts.add(quarters(start, start + 8 + this.random.nextInt(29)));
			}
			else if (kind < 0.85) {
				shifts.add(quarters(28 + this.random.nextInt(9), 44 + this.random.nextInt(7)));
				shifts.add(quarters(52 + this.random.nextInt(5), 64 + this.random.nextInt(13)));
			}
			if (day == 6 || this.random.nextDouble() < 0.2) {
				shifts.add(quarters(84 + this.random.nextInt(7), 95));
			}
			return shifts;
		}

		/**
		 * One window's busy time (and a day on each side, which the search also reads):
		 * visits, cancelled visits, holds and time off one after another at odd minutes,
		 * sometimes back to back, plus a longer time off that overlaps them.
		 */
		private void busy(UUID therapist, UUID clinic, Window window) {
			Instant at = window.from().minus(Duration.ofHours(26)).plusSeconds(60L * this.random.nextInt(60));
			Instant end = window.to().plus(Duration.ofHours(26));
			while (at.isBefore(end)) {
				Instant until = at.plus(Duration.ofMinutes(pick(BUSY_MINUTES)));
				double kind = this.random.nextDouble();
				if (kind < 0.45) {
					String status = (kind < 0.35) ? "BOOKED"
							: (kind < 0.38) ? "COMPLETED" : (kind < 0.41) ? "CANCELLED" : "NO_SHOW";
					appointment(therapist, clinic, at, until, status);
				}
				else if (kind < 0.60) {
					offer(therapist, clinic, at, until, window, (kind < 0.55) ? "HELD" : "DECLINED");
				}
				else if (kind < 0.70) {
					this.timeOff.add(new Object[] { UUID.randomUUID(), therapist, utc(at), utc(until) });
				}
				else {
					until = at;
				}
				at = until.plus(Duration.ofMinutes(pick(GAP_MINUTES)));
			}
			Instant off = window.from().plus(Duration.ofMinutes(this.random.nextInt(7 * 24 * 60)));
			this.timeOff.add(new Object[] { UUID.randomUUID(), therapist, utc(off),
					utc(off.plus(Duration.ofMinutes(60 + this.random.nextInt(8 * 60)))) });
		}

		private void appointment(UUID therapist, UUID clinic, Instant at, Instant until, String status) {
			UUID id = UUID.randomUUID();
			this.anyAppointment = id;
			this.appointments
				.add(new Object[] { id, UUID.randomUUID(), therapist, clinic, utc(at), utc(until), status });
		}

		/** A hold lapses within the window's first four days (some before its midway). */
		private void offer(UUID therapist, UUID clinic, Instant at, Instant until, Window window, String status) {
			UUID opening = UUID.randomUUID();
			this.openings.add(new Object[] { opening, therapist, clinic, utc(at), utc(until) });
			Instant heldUntil = window.from().plus(Duration.ofMinutes(this.random.nextInt(4 * 24 * 60)));
			this.offers.add(new Object[] { UUID.randomUUID(), opening, therapist, clinic, utc(at), utc(until),
					utc(heldUntil), status });
		}

		private void insertBusyTime() {
			JdbcTemplate sql = FreeSlotDifferentialIntegrationTests.this.batches;
			sql.batchUpdate("""
					INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
					    starts_at, ends_at, status, created_by, created_at)
					VALUES (?, ?, ?, ?, 'FOLLOW_UP', false, ?, ?, ?, 'test', now())""", this.appointments);
			sql.batchUpdate("""
					INSERT INTO time_off (id, therapist_id, starts_at, ends_at, created_by, created_at)
					VALUES (?, ?, ?, ?, 'test', now())""", this.timeOff);
			sql.update("""
					INSERT INTO waitlist_entry (id, patient_id, type_code, from_date, to_date, earliest_time,
					    latest_time, state, status, requested_at, created_by)
					VALUES (?, ?, 'FOLLOW_UP', date '2026-01-01', date '2026-12-31', time '00:00', time '23:45', ?,
					    'OFFERED', now(), 'test')""", this.entry, UUID.randomUUID(), STATE);
			sql.batchUpdate("""
					INSERT INTO waitlist_opening (id, therapist_id, clinic_id, starts_at, ends_at, freed_by, freed_at,
					    status)
					VALUES (?, ?, ?, ?, ?, '%s', now(), 'OFFERED')""".formatted(this.anyAppointment), this.openings);
			sql.batchUpdate(
					"""
							INSERT INTO waitlist_offer (id, opening_id, entry_id, patient_id, therapist_id, clinic_id, type_code,
							    starts_at, ends_at, held_until, status, offered_at)
							VALUES (?, ?, '%s', gen_random_uuid(), ?, ?, 'FOLLOW_UP', ?, ?, ?, ?, now())"""
						.formatted(this.entry),
					this.offers);
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		private int pick(int[] values) {
			return values[this.random.nextInt(values.length)];
		}

		private static LocalTime[] quarters(int start, int end) {
			return new LocalTime[] { LocalTime.MIDNIGHT.plusMinutes(15L * start),
					LocalTime.MIDNIGHT.plusMinutes(15L * Math.min(end, 95)) };
		}

		private static OffsetDateTime utc(Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}

	}

}
