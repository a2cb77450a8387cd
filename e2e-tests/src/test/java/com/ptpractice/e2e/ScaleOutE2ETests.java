package com.ptpractice.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.SCHEDULING;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Several instances: two gateways and two scheduling instances, as
 * {@code scripts/test.sh} starts them
 * ({@code scripts/stack.sh start --replicas scheduling-service=2,gateway=2}). A browser
 * signed in through one gateway carries on through the other; a race for one slot spread
 * over both scheduling instances has one winner; and stopping a scheduling instance while
 * bookings stream in loses no booking that was confirmed and answers no 500. Skipped when
 * the stack runs one instance of each. Runs alone: it stops an instance.
 */
@Isolated
class ScaleOutE2ETests {

	/** The second gateway and scheduling instance (scripts/stack.sh's replica ports). */
	static final String GATEWAY_B = Stack.env("E2E_GATEWAY_B_URL", "http://localhost:8090");

	static final String SCHEDULING_B = Stack.env("E2E_SCHEDULING_B_URL", "http://localhost:8100");

	static final String SCHEDULING_B_INSTANCE = "scheduling-service-2";

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static String frontDesk;

	private static String clinicId;

	private static List<String> therapists;

	@BeforeAll
	static void twoOfEachAndADenverClinicWithThreeTherapists() {
		assumeThat(answers(GATEWAY_B + "/api/public/clinics?state=UT") && answers(SCHEDULING_B + "/appointment-types"))
			.as("a second gateway on %s and scheduling instance on %s (scripts/stack.sh start --replicas "
					+ "scheduling-service=2,gateway=2)", GATEWAY_B, SCHEDULING_B)
			.isTrue();
		String admin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		clinicId = Fixtures.clinic(admin, "Denver", "CO", "80204", "America/Denver", 39.7392, -104.9903);
		therapists = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String therapist = Fixtures.therapist(userToken("credadmin"));
			Fixtures.assignDaily(admin, clinicId, therapist, "08:00", "17:00");
			therapists.add(therapist);
		}
	}

	@Test
	void aBrowserSignedInThroughOneGatewayCarriesOnThroughTheOther() {
		Browser browser = new Browser();
		Stack.oneLoginAtATime(() -> browser.signIn("frontdesk", "/#/desk"));

		HttpResponse<String> user = browser.send(Browser.get(GATEWAY_B + "/bff/user"));
		assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
		assertThat(Stack.JSON.readTree(user.body()).get("username").asString()).isEqualTo("frontdesk");
		String csrf = browser.cookie("XSRF-TOKEN");
		assertThat(csrf).as("the CSRF cookie comes with the user").isNotBlank();
		HttpResponse<String> types = browser.send(Browser.get(GATEWAY_B + "/api/scheduling/appointment-types"));
		assertThat(types.statusCode()).isEqualTo(200);
		String cancel = GATEWAY_B + "/api/scheduling/appointments/" + UUID.randomUUID() + "/cancel";
		assertThat(browser.send(Browser.postJson(cancel, "{\"reason\":\"patient called\"}", null)).statusCode())
			.as("the CSRF check holds on the other gateway")
			.isEqualTo(403);
		assertThat(browser.send(Browser.postJson(cancel, "{\"reason\":\"patient called\"}", csrf)).statusCode())
			.as("with the token the call reaches the service as the signed-in user")
			.isEqualTo(404);

		assertThat(browser.send(Browser.postJson(GATEWAY_B + "/bff/logout", "", csrf)).statusCode()).isEqualTo(200);
		assertThat(browser.send(Browser.get(GATEWAY + "/bff/user")).statusCode())
			.as("signed out through one gateway is signed out through the other")
			.isEqualTo(401);
	}

	@Test
	void sixtyFourDesksRacingOverBothSchedulingInstancesHaveOneWinner() throws Exception {
		String therapist = therapists.get(0);
		String startsAt = at(LocalDate.now(DENVER).plusDays(20), LocalTime.of(10, 0));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
			for (int i = 0; i < 64; i++) {
				// half straight to each scheduling instance
				String instance = (i % 2 == 0) ? SCHEDULING : SCHEDULING_B;
				Map<String, Object> booking = followUp(therapist, startsAt);
				outcomes.add(pool.submit(() -> {
					start.await();
					return Http.post(instance + "/appointments", frontDesk, booking, UUID.randomUUID().toString())
						.statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(63);
		}
		assertThat(rows("SELECT count(*) FROM appointment WHERE therapist_id = ?::uuid AND starts_at = ?::timestamptz",
				therapist, startsAt))
			.isOne();
	}

	@Test
	void stoppingASchedulingInstanceMidRunLosesNoConfirmedBookingAndAnswersNo500() throws Exception {
		List<Map<String, Object>> bookings = new ArrayList<>();
		LocalDate first = LocalDate.now(DENVER).plusDays(30);
		for (int day = 0; day < 3; day++) {
			for (String therapist : therapists) {
				for (int hour = 8; hour < 17; hour++) {
					bookings.add(followUp(therapist, at(first.plusDays(day), LocalTime.of(hour, 0))));
				}
			}
		}
		Map<String, String> confirmed = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		AtomicInteger sent = new AtomicInteger();
		boolean stopped = false;
		try (ExecutorService desks = Executors.newFixedThreadPool(6)) {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < bookings.size(); i++) {
				Map<String, Object> booking = bookings.get(i);
				String gateway = (i % 2 == 0) ? GATEWAY : GATEWAY_B;
				work.add(desks.submit(() -> {
					HttpResponse<String> answer = Http.post(gateway + "/api/scheduling/appointments", frontDesk,
							booking, UUID.randomUUID().toString());
					sent.incrementAndGet();
					statuses.computeIfAbsent(answer.statusCode(), (status) -> new AtomicInteger()).incrementAndGet();
					if (answer.statusCode() == 201) {
						confirmed.put(Stack.JSON.readTree(answer.body()).get("id").asString(), answer.body());
					}
				}));
			}
			while (sent.get() < bookings.size() / 4) {
				Thread.sleep(50);
			}
			stopped = Stack.stackScript("stop-service", SCHEDULING_B_INSTANCE);
			for (Future<?> each : work) {
				each.get();
			}
		}
		finally {
			if (stopped) {
				Stack.stackScript("start-service", SCHEDULING_B_INSTANCE);
			}
		}
		System.out.printf("Bookings while %s stopped: %s%n", SCHEDULING_B_INSTANCE, statuses);

		assertThat(stopped).as("scripts/stack.sh stopped %s", SCHEDULING_B_INSTANCE).isTrue();
		assertThat(statuses).doesNotContainKey(500);
		assertThat(statuses.keySet()).as("every answer is a booking (201) or service unavailable (503)")
			.allMatch((status) -> status == 201 || status == 503);
		assertThat(confirmed).isNotEmpty();
		for (String id : confirmed.keySet()) {
			assertThat(rows("SELECT count(*) FROM appointment WHERE id = ?::uuid AND status = 'BOOKED'", id))
				.as("confirmed booking %s is kept", id)
				.isOne();
		}
	}

	private static Map<String, Object> followUp(String therapist, String startsAt) {
		// follow-ups need no patient record: any id will do
		return Map.of("patientId", UUID.randomUUID().toString(), "therapistId", therapist, "clinicId", clinicId, "type",
				"FOLLOW_UP", "startsAt", startsAt);
	}

	private static String at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(DENVER).toOffsetDateTime().toString();
	}

	private static boolean answers(String url) {
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() < 500;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** A count straight from the scheduling database (the service's own role). */
	private static long rows(String sql, Object... parameters) throws SQLException {
		try (Connection connection = DriverManager.getConnection(
				Stack.env("E2E_SCHEDULING_DB_URL", "jdbc:postgresql://127.0.0.1:5432/scheduling"),
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
