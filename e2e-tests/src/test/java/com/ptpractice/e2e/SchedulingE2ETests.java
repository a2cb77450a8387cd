package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.get;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the gateway with real tokens: a practice administrator opens a clinic in Denver
 * and assigns a therapist that credentialing knows; the front desk finds a follow-up
 * slot, books it, retries the booking, loses the race for a slot to fifty desks at once,
 * and cancels; and a Denver week across the spring change offers exactly the right slots.
 */
class SchedulingE2ETests {

	private static final String API = GATEWAY + "/api/scheduling";

	private static final String SCHEDULING_DB_URL = Stack.env("E2E_SCHEDULING_DB_URL",
			"jdbc:postgresql://127.0.0.1:5432/scheduling");

	private static String admin;

	private static String frontDesk;

	private static String therapistId;

	private static String clinicId;

	@BeforeAll
	static void aDenverClinicWithATherapist() {
		admin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		therapistId = Fixtures.therapist(userToken("credadmin"));
		clinicId = Fixtures.clinic(admin, "Denver", "CO", "80202", "America/Denver", 39.7420, -104.9870);
		Fixtures.assignDaily(admin, clinicId, therapistId, "08:00", "17:00");
	}

	@Test
	void findBookAndCancel() {
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(7);
		JsonNode first = firstFreeSlot(day);
		assertThat(first.get("zoneId").asString()).isEqualTo("America/Denver");
		String startsAt = first.get("startsAt").asString();

		HttpResponse<String> booked = Http.post(API + "/appointments", frontDesk, booking(randomPatient(), startsAt),
				UUID.randomUUID().toString());
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		String appointmentId = body(booked).get("id").asString();
		assertThat(firstFreeSlot(day).get("startsAt").asString()).isNotEqualTo(startsAt);

		HttpResponse<String> cancelled = Http.post(API + "/appointments/" + appointmentId + "/cancel", frontDesk,
				Map.of("reason", "patient called"));
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(body(cancelled).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(firstFreeSlot(day).get("startsAt").asString()).isEqualTo(startsAt);
	}

	@Test
	void anIdempotentRetryAnswersTheSameAppointment() throws SQLException {
		String patientId = randomPatient();
		String startsAt = firstFreeSlot(LocalDate.now(ZoneOffset.UTC).plusDays(9)).get("startsAt").asString();
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = Http.post(API + "/appointments", frontDesk, booking(patientId, startsAt), key);
		HttpResponse<String> retry = Http.post(API + "/appointments", frontDesk, booking(patientId, startsAt), key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
		assertThat(body(retry).get("id").asString()).isEqualTo(body(first).get("id").asString());
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(rows("SELECT count(*) FROM appointment WHERE patient_id = ?::uuid", patientId)).isOne();

		Map<String, Object> otherSlot = booking(patientId, OffsetDateTime.parse(startsAt).plusHours(2).toString());
		HttpResponse<String> reused = Http.post(API + "/appointments", frontDesk, otherSlot, key);
		assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
	}

	@Test
	void fiftyDesksRaceForOneSlotAndExactlyOneWins() throws Exception {
		String startsAt = firstFreeSlot(LocalDate.now(ZoneOffset.UTC).plusDays(11)).get("startsAt").asString();

		List<Integer> statuses = race(startsAt, 50);

		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(rows("SELECT count(*) FROM appointment WHERE therapist_id = ?::uuid AND starts_at = ?", therapistId,
				Timestamp.from(OffsetDateTime.parse(startsAt).toInstant())))
			.isOne();
	}

	/**
	 * 14 March 2027, 02:00 in Denver, clocks go forward: a therapist who works 08:00 to
	 * 12:00 every day and on that Sunday also 00:00 to 05:00 offers each 45-minute
	 * follow-up on the quarter hour, at the right instants on both sides of the change,
	 * and nothing in the hour that does not exist.
	 */
	@Test
	void aDenverWeekAcrossTheSpringChangeHasExactlyTheRightSlots() {
		String therapist = Fixtures.therapist(userToken("credadmin"));
		String clinic = Fixtures.clinic(admin, "Denver", "CO", "80203", "America/Denver", 39.7312, -104.9826);
		List<Map<String, String>> hours = new ArrayList<>(Fixtures.everyDay("08:00", "12:00"));
		hours.add(Map.of("dayOfWeek", "SUNDAY", "startTime", "00:00", "endTime", "05:00"));
		Fixtures.assign(admin, clinic, therapist, hours);

		HttpResponse<String> found = get(API + "/availability?type=FOLLOW_UP&clinicId=" + clinic
				+ "&from=2027-03-11T07:00:00Z&to=2027-03-18T06:00:00Z&limit=500", frontDesk);
		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		List<JsonNode> slots = body(found).values().stream().toList();

		assertThat(slots).hasSize(7 * 14 + 14);
		assertThat(slots).extracting((slot) -> slot.get("zoneId").asString()).containsOnly("America/Denver");
		assertThat(slots).extracting((slot) -> slot.get("localStart").asString())
			.filteredOn((local) -> local.startsWith("2027-03-14T0"))
			.containsExactly("2027-03-14T00:00:00", "2027-03-14T00:15:00", "2027-03-14T00:30:00", "2027-03-14T00:45:00",
					"2027-03-14T01:00:00", "2027-03-14T01:15:00", "2027-03-14T01:30:00", "2027-03-14T01:45:00",
					"2027-03-14T03:00:00", "2027-03-14T03:15:00", "2027-03-14T03:30:00", "2027-03-14T03:45:00",
					"2027-03-14T04:00:00", "2027-03-14T04:15:00", "2027-03-14T08:00:00", "2027-03-14T08:15:00",
					"2027-03-14T08:30:00", "2027-03-14T08:45:00", "2027-03-14T09:00:00", "2027-03-14T09:15:00",
					"2027-03-14T09:30:00", "2027-03-14T09:45:00");
		assertThat(slots).filteredOn((slot) -> slot.get("localStart").asString().endsWith("T08:00:00"))
			.extracting((slot) -> OffsetDateTime.parse(slot.get("startsAt").asString()).toInstant())
			.containsExactly(Instant.parse("2027-03-11T15:00:00Z"), Instant.parse("2027-03-12T15:00:00Z"),
					Instant.parse("2027-03-13T15:00:00Z"), Instant.parse("2027-03-14T14:00:00Z"),
					Instant.parse("2027-03-15T14:00:00Z"), Instant.parse("2027-03-16T14:00:00Z"),
					Instant.parse("2027-03-17T14:00:00Z"));
		JsonNode lastBeforeTheGap = slots.stream()
			.filter((slot) -> slot.get("localStart").asString().equals("2027-03-14T01:45:00"))
			.findFirst()
			.orElseThrow();
		// 45 minutes after 01:45 MST is 03:30 MDT
		assertThat(OffsetDateTime.parse(lastBeforeTheGap.get("endsAt").asString()).toInstant())
			.isEqualTo(Instant.parse("2027-03-14T09:30:00Z"));
	}

	private JsonNode firstFreeSlot(LocalDate day) {
		HttpResponse<String> slots = get(API + "/availability?type=FOLLOW_UP&clinicId=" + clinicId + "&therapistId="
				+ therapistId + "&from=" + day + "T00:00:00Z&to=" + day.plusDays(2) + "T00:00:00Z&limit=1", frontDesk);
		assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
		assertThat(body(slots).size()).as(slots.body()).isPositive();
		return body(slots).get(0);
	}

	private static Map<String, Object> booking(String patientId, String startsAt) {
		return Map.of("patientId", patientId, "therapistId", therapistId, "clinicId", clinicId, "type", "FOLLOW_UP",
				"startsAt", startsAt);
	}

	/** Follow-ups need no patient record: any id will do. */
	private static String randomPatient() {
		return UUID.randomUUID().toString();
	}

	private static List<Integer> race(String startsAt, int racers) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
			for (int i = 0; i < racers; i++) {
				Map<String, Object> booking = booking(randomPatient(), startsAt);
				outcomes.add(pool.submit(() -> {
					start.await();
					return Http.post(API + "/appointments", frontDesk, booking, UUID.randomUUID().toString())
						.statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			return statuses;
		}
	}

	/** A count straight from the scheduling database (the service's own role). */
	private static long rows(String sql, Object... parameters) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SCHEDULING_DB_URL,
				Stack.env("E2E_SCHEDULING_DB_USERNAME", "scheduling_app"),
				Stack.env("E2E_SCHEDULING_DB_PASSWORD", "scheduling_app"));
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

}
