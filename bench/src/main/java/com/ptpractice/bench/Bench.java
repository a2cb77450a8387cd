package com.ptpractice.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The steps of a run, in order, each recorded as a {@link StepResult}: warm-up, one
 * connection sequential (the gateway's added latency), raw inserts, needling booking
 * through the gateway and direct, a follow-up through the gateway, availability searches,
 * the clinic finder, the race for one slot, and the capacity search.
 */
final class Bench {

	private static final int BOOKED = 201;

	/** Bookings in flight at once during the warm-up. */
	private static final int WARM_CONNECTIONS = 4;

	private static final int OK = 200;

	private static final int TAKEN = 409;

	private static final String INSERT = """
			INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
			    starts_at, ends_at, status, created_by, created_at, version)
			VALUES (?, ?, ?, ?, 'DRY_NEEDLING', true, ?, ?, 'BOOKED', 'bench-raw-insert', ?, 0)
			ON CONFLICT DO NOTHING
			RETURNING id""";

	private final Settings settings;

	private final SlotPlan plan;

	private final Requests requests;

	private final OpenLoad load;

	private final ProcessWatch watch;

	private final List<StepResult> steps = new ArrayList<>();

	private final Map<UUID, ZoneId> zones = new HashMap<>();

	private final HttpClient client;

	private final Map<String, Double> figures = new java.util.LinkedHashMap<>();

	Bench(Settings settings, SlotPlan plan, Requests requests, HttpClient client, ProcessWatch watch) {
		this.settings = settings;
		this.plan = plan;
		this.requests = requests;
		this.client = client;
		this.load = new OpenLoad(client, settings.maxInFlight(), settings.requestTimeout());
		this.watch = watch;
	}

	List<StepResult> steps() {
		return this.steps;
	}

	/** Single figures: sequential p50s, raw insert p50, capacities, race rounds. */
	Map<String, Double> figures() {
		return this.figures;
	}

	/**
	 * One booking of each kind, to stop early (with the answer) when the data is not
	 * right.
	 */
	boolean preflight() throws java.io.IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		boolean fine = true;
		List<Booking> bookings = new ArrayList<>(this.plan.needling(2));
		bookings.addAll(this.plan.followUps(1));
		boolean[] viaGateway = { true, false, true };
		for (int i = 0; i < bookings.size(); i++) {
			java.net.http.HttpResponse<String> response = client.send(
					this.requests.book(bookings.get(i), viaGateway[i]),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != BOOKED) {
				say("Preflight booking " + bookings.get(i).type() + (viaGateway[i] ? " via gateway" : " direct")
						+ " answered " + response.statusCode() + ": " + response.body());
				fine = false;
			}
		}
		return fine;
	}

	void warmUp() throws InterruptedException {
		int total = this.settings.warmupSeconds();
		if (total <= 0) {
			return;
		}
		say("Warm-up, " + total + " s in all (results not kept)");
		ProcessWatch.Snapshot before = this.watch.snapshot();
		// at most as many bookings as 100/s would send in each part
		int bookingRate = Math.min(100, this.settings.bookingRate());
		warm(this.plan.needling(bookingRate * total * 35 / 100), true, total * 35 / 100.0);
		warm(this.plan.needling(bookingRate * total * 20 / 100), false, total * 20 / 100.0);
		warm(this.plan.followUps(bookingRate * total * 15 / 100), true, total * 15 / 100.0);
		List<UUID> clinics = this.plan.needlingClinics();
		List<String> states = this.plan.needlingStates();
		this.load.run(20, 20 * total * 10 / 100, (i) -> this.requests.clinicWeek(clinics.get(i % clinics.size())));
		this.load.run(10, 10 * total * 10 / 100, (i) -> this.requests.stateWeek(states.get(i % states.size())));
		this.load.run(10, 10 * total * 10 / 100,
				(i) -> this.requests.finder(states.get(i % states.size()), this.settings.publicRateRaised()));
		warmReads(total * 10 / 100.0);
		Map<String, Double> cores = this.watch.cores(before, this.watch.snapshot());
		say(String.format(Locale.ROOT, "  warm-up: the stack used %.2f cores, %.2f of them in its JIT compilers",
				cores.get("stack"), cores.get(ProcessWatch.STACK_JIT)));
		pause(10);
	}

	/**
	 * The plain read of the gateway-cost step, both ways, at its concurrency. HotSpot
	 * compiles a method with C2 only after thousands of calls, so a path first used by
	 * the measured step was timed while the JIT still compiled it (the gateway's p50 fell
	 * from 4.3 to 1.3 ms between the first and the fourth 3,000 reads on a quiet machine;
	 * docs/performance.md, fifth pass). The booking and search paths are warmed above.
	 */
	private void warmReads(double seconds) throws InterruptedException {
		for (boolean viaGateway : new boolean[] { true, false }) {
			OpenLoad.closed(this.settings.readConnections(), seconds, readsAtMost(seconds),
					this.settings.requestTimeout(), (i) -> this.requests.appointmentTypes(viaGateway));
		}
	}

	/** Room for the reads of a closed-model run of this length (20,000/s at most). */
	private static int readsAtMost(double seconds) {
		return (int) Math.max(1000, seconds * 20_000);
	}

	/** p50 on one connection, gateway and direct alternately: what the gateway adds. */
	void sequential() throws InterruptedException {
		int count = this.settings.sequentialCount();
		say("One connection, sequential: " + count + " needling bookings and " + count
				+ " appointment-type reads each way");
		OpenLoad viaGateway = oneConnection();
		OpenLoad direct = oneConnection();
		List<Booking> bookings = this.plan.needling(2 * count);
		long[][] latencies = new long[4][count];
		int[][] statuses = new int[4][count];
		List<Map<Integer, String>> errorSamples = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(),
				new HashMap<>());
		for (int i = 0; i < count; i++) {
			record(viaGateway, this.requests.book(bookings.get(2 * i), true), latencies[0], statuses[0],
					errorSamples.get(0), i);
			record(direct, this.requests.book(bookings.get(2 * i + 1), false), latencies[1], statuses[1],
					errorSamples.get(1), i);
			record(viaGateway, this.requests.appointmentTypes(true), latencies[2], statuses[2], errorSamples.get(2), i);
			record(direct, this.requests.appointmentTypes(false), latencies[3], statuses[3], errorSamples.get(3), i);
		}
		String[] keys = { "sequential-booking-gateway", "sequential-booking-direct", "sequential-types-gateway",
				"sequential-types-direct" };
		String[] titles = { "needling booking, one connection, gateway", "needling booking, one connection, direct",
				"appointment types, one connection, gateway", "appointment types, one connection, direct" };
		for (int k = 0; k < 4; k++) {
			Samples samples = new Samples(latencies[k], statuses[k], 1, errorSamples.get(k));
			StepResult result = StepResult.of(keys[k], titles[k], 0, samples, Map.of(), "sequential, 1 connection",
					(k < 2) ? BOOKED : OK);
			this.steps.add(result);
			this.figures.put(keys[k] + "-p50", result.p50());
		}
		this.figures.put("gateway-added-booking-p50",
				this.figures.get("sequential-booking-gateway-p50") - this.figures.get("sequential-booking-direct-p50"));
		this.figures.put("gateway-added-types-p50",
				this.figures.get("sequential-types-gateway-p50") - this.figures.get("sequential-types-direct-p50"));
		pause(3);
	}

	/**
	 * The same kind of row the booking inserts, straight into the table (then deleted).
	 */
	void rawInsert(Connection connection) throws SQLException {
		int count = this.settings.sequentialCount();
		say("Raw INSERT of " + count + " appointment rows over JDBC (autocommit, deleted afterwards)");
		List<Booking> bookings = this.plan.needling(count);
		long[] latencies = new long[bookings.size()];
		int[] statuses = new int[bookings.size()];
		List<UUID> ids = new ArrayList<>();
		connection.setAutoCommit(true);
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (int i = 0; i < bookings.size(); i++) {
				Booking booking = bookings.get(i);
				UUID id = UUID.randomUUID();
				insert.setObject(1, id);
				insert.setObject(2, booking.patientId());
				insert.setObject(3, booking.therapistId());
				insert.setObject(4, booking.clinicId());
				insert.setTimestamp(5, Timestamp.from(booking.startsAt()));
				insert.setTimestamp(6, Timestamp.from(booking.startsAt().plus(Duration.ofMinutes(30))));
				insert.setTimestamp(7, Timestamp.from(Instant.now()));
				long start = System.nanoTime();
				try (ResultSet returned = insert.executeQuery()) {
					statuses[i] = returned.next() ? BOOKED : TAKEN;
				}
				latencies[i] = System.nanoTime() - start;
				ids.add(id);
			}
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM appointment WHERE id = ANY (?)")) {
			delete.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
			delete.executeUpdate();
		}
		StepResult result = StepResult.of("raw-insert", "raw INSERT of a booking row (JDBC)", 0,
				new Samples(latencies, statuses, 1), Map.of(), "sequential, 1 connection", BOOKED);
		this.steps.add(result);
		this.figures.put("raw-insert-p50", result.p50());
	}

	StepResult needlingBookings(boolean viaGateway) throws InterruptedException {
		int rate = this.settings.bookingRate();
		List<Booking> bookings = this.plan.needling(rate * this.settings.bookingSeconds());
		return openBookings(viaGateway ? "needling-gateway" : "needling-direct",
				"needling booking, " + (viaGateway ? "gateway" : "direct"), bookings, viaGateway, rate);
	}

	StepResult followUps() throws InterruptedException {
		int rate = this.settings.bookingRate();
		List<Booking> bookings = this.plan.followUps(rate * this.settings.bookingSeconds());
		return openBookings("follow-up-gateway", "follow-up booking (no needling), gateway", bookings, true, rate);
	}

	/**
	 * The week searches and the clinic finder; {@code idle} on a stack that nothing else
	 * loads (keys {@code *-idle}), else right after the booking steps.
	 */
	void searches(boolean idle) throws InterruptedException {
		int seconds = this.settings.searchSeconds();
		List<UUID> clinics = this.plan.needlingClinics();
		List<String> states = this.plan.needlingStates();
		String key = idle ? "-idle" : "";
		String when = idle ? ", idle stack" : ", after bookings";
		int clinicRate = this.settings.clinicSearchRate();
		open("clinic-week" + key, "one-clinic week, needling slots, gateway" + when, clinicRate, clinicRate * seconds,
				(i) -> this.requests.clinicWeek(clinics.get(i % clinics.size())), OK);
		int stateRate = this.settings.stateSearchRate();
		open("state-week" + key, "one-state week, needling slots, gateway" + when, stateRate, stateRate * seconds,
				(i) -> this.requests.stateWeek(states.get(i % states.size())), OK);
		int finderRate = this.settings.finderRate();
		if (this.settings.publicRateRaised()) {
			open("finder-gateway" + key, "public clinic finder, gateway" + when, finderRate, finderRate * seconds,
					(i) -> this.requests.finder(states.get(i % states.size()), true), OK);
		}
		open("finder-direct" + key, "public clinic finder, direct" + when, finderRate, finderRate * seconds,
				(i) -> this.requests.finder(states.get(i % states.size()), false), OK);
	}

	/**
	 * What the gateway adds to a plain authenticated read (appointment types, bearer
	 * token): p50 on one connection, gateway and direct alternately; then throughput at
	 * {@code readConnections} connections (closed model), in rounds ordered direct,
	 * gateway, gateway, direct, ... so that a drift of the shared machine's speed hits
	 * both alike. Ratios are gateway over direct within this run.
	 */
	void gatewayCost() throws InterruptedException {
		int count = this.settings.readSequentialCount();
		say("Gateway's added cost on an authenticated read: " + count + " reads each way on one connection, then "
				+ this.settings.readRounds() + " rounds of " + this.settings.readSeconds() + " s at "
				+ this.settings.readConnections() + " connections");
		OpenLoad viaGateway = oneConnection();
		OpenLoad direct = oneConnection();
		long[][] latencies = new long[2][count];
		int[][] statuses = new int[2][count];
		List<Map<Integer, String>> errorSamples = List.of(new HashMap<>(), new HashMap<>());
		for (int i = 0; i < count; i++) {
			record(viaGateway, this.requests.appointmentTypes(true), latencies[0], statuses[0], errorSamples.get(0), i);
			record(direct, this.requests.appointmentTypes(false), latencies[1], statuses[1], errorSamples.get(1), i);
		}
		StepResult gateway1 = StepResult.of("read-1-gateway", "authenticated read, one connection, gateway", 0,
				new Samples(latencies[0], statuses[0], 1, errorSamples.get(0)), Map.of(), "sequential, 1 connection",
				OK);
		StepResult direct1 = StepResult.of("read-1-direct", "authenticated read, one connection, direct", 0,
				new Samples(latencies[1], statuses[1], 1, errorSamples.get(1)), Map.of(), "sequential, 1 connection",
				OK);
		this.steps.add(gateway1);
		this.steps.add(direct1);
		this.figures.put("read-1-added-p50", gateway1.p50() - direct1.p50());
		readAtConcurrency();
		pause(3);
	}

	private void readAtConcurrency() throws InterruptedException {
		int connections = this.settings.readConnections();
		double seconds = this.settings.readSeconds();
		int cap = readsAtMost(seconds);
		Samples[] samples = new Samples[2];
		Map<String, Double> gatewayCores = new HashMap<>();
		Map<String, Double> directCores = new HashMap<>();
		for (int round = 0; round < this.settings.readRounds(); round++) {
			int route = (round % 4 == 1 || round % 4 == 2) ? 0 : 1;
			ProcessWatch.Snapshot before = this.watch.snapshot();
			Samples one = OpenLoad.closed(connections, seconds, cap, this.settings.requestTimeout(),
					(i) -> this.requests.appointmentTypes(route == 0));
			this.watch.cores(before, this.watch.snapshot())
				.forEach((group, cores) -> ((route == 0) ? gatewayCores : directCores).merge(group,
						cores / Math.max(1, this.settings.readRounds() / 2), Double::sum));
			samples[route] = (samples[route] == null) ? one : samples[route].and(one);
		}
		String note = "closed model, " + connections + " connections, rounds direct/gateway interleaved";
		String title = "authenticated read, " + connections + " connections, ";
		StepResult gateway = StepResult.of("read-" + connections + "-gateway", title + "gateway", 0, samples[0],
				gatewayCores, note, OK);
		StepResult direct = StepResult.of("read-" + connections + "-direct", title + "direct", 0, samples[1],
				directCores, note, OK);
		this.steps.add(gateway);
		this.steps.add(direct);
		this.figures.put("read-many-gateway-per-s", gateway.throughput());
		this.figures.put("read-many-direct-per-s", direct.throughput());
		this.figures.put("read-many-ratio", gateway.throughput() / direct.throughput());
		say(String.format("  %d connections: gateway %.0f/s, direct %.0f/s (%.2fx); errors %s / %s", connections,
				gateway.throughput(), direct.throughput(), gateway.throughput() / direct.throughput(), gateway.errors(),
				direct.errors()));
	}

	/** Rounds of {@code raceWidth} bookings of one slot at once, through the gateway. */
	void race() throws InterruptedException {
		int rounds = this.settings.raceRounds();
		int width = this.settings.raceWidth();
		say("Race: " + rounds + " rounds of " + width + " bookings of one slot at once, gateway");
		long[] latencies = new long[rounds * width];
		int[] statuses = new int[rounds * width];
		Map<Integer, String> errorSamples = new HashMap<>();
		int clean = 0;
		ProcessWatch.Snapshot before = this.watch.snapshot();
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			List<Booking> contenders = this.plan.race(width);
			if (contenders.isEmpty()) {
				break;
			}
			Samples samples = this.load.burst(this.requests.race(contenders));
			System.arraycopy(samples.latencies(), 0, latencies, round * width, width);
			System.arraycopy(samples.statuses(), 0, statuses, round * width, width);
			samples.errorSamples().forEach(errorSamples::putIfAbsent);
			if (samples.countOf(BOOKED) == 1 && samples.countOf(TAKEN) == width - 1) {
				clean++;
			}
			Thread.sleep(100);
		}
		Samples all = new Samples(latencies, statuses, (System.nanoTime() - start) / 1e9, errorSamples);
		this.steps.add(StepResult.of("race", width + "-way race for one slot, gateway", 0, all,
				this.watch.cores(before, this.watch.snapshot()),
				clean + " of " + rounds + " rounds with exactly one 201, rest 409", BOOKED, TAKEN));
		this.figures.put("race-rounds", (double) rounds);
		this.figures.put("race-clean-rounds", (double) clean);
		this.figures.put("race-201", (double) all.countOf(BOOKED));
		this.figures.put("race-409", (double) all.countOf(TAKEN));
		pause(3);
	}

	/**
	 * Series of 12 weekly visits in one request each (issue 17), one connection through
	 * the gateway: follow-ups, then needling visits (each decided at its own instant at
	 * the gateway and in the scheduling service). Run last, since a series takes slots of
	 * later weeks. Figures only: how long one request for 12 visits takes, and how many
	 * of the visits the seeded schedule let through; no target.
	 */
	void series(Connection db) throws InterruptedException, SQLException {
		int count = this.settings.seriesCount();
		say("Series: " + count + " follow-up and " + count + " needling series of 12 weekly visits, gateway");
		seriesStep("series-follow-up", "12-visit follow-up series, one connection, gateway", this.plan.followUps(count),
				db);
		seriesStep("series-needling", "12-visit needling series, one connection, gateway", this.plan.needling(count),
				db);
	}

	private void seriesStep(String key, String title, List<Booking> firsts, Connection db)
			throws InterruptedException, SQLException {
		long[] latencies = new long[firsts.size()];
		int[] statuses = new int[firsts.size()];
		Map<Integer, String> errorSamples = new HashMap<>();
		int booked = 0;
		int refused = 0;
		long start = System.nanoTime();
		for (int i = 0; i < firsts.size(); i++) {
			Booking first = firsts.get(i);
			LocalDateTime local = first.startsAt().atZone(zoneOf(db, first.clinicId())).toLocalDateTime();
			String json = "{\"patientId\":\"" + first.patientId() + "\",\"therapistId\":\"" + first.therapistId()
					+ "\",\"clinicId\":\"" + first.clinicId() + "\",\"type\":\"" + first.type() + "\",\"weekdays\":[\""
					+ local.getDayOfWeek() + "\"],\"startTime\":\"" + local.toLocalTime() + "\",\"firstDate\":\""
					+ local.toLocalDate() + "\",\"count\":12}";
			long sent = System.nanoTime();
			try {
				HttpResponse<String> answer = this.client.send(this.requests.series(json),
						HttpResponse.BodyHandlers.ofString());
				latencies[i] = System.nanoTime() - sent;
				statuses[i] = answer.statusCode();
				booked += occurrences(answer.body(), "BOOKED");
				refused += occurrences(answer.body(), "REFUSED");
				if (answer.statusCode() != BOOKED) {
					errorSamples.putIfAbsent(answer.statusCode(),
							answer.body().substring(0, Math.min(300, answer.body().length())));
				}
			}
			catch (IOException ex) {
				latencies[i] = System.nanoTime() - sent;
				statuses[i] = 0;
				errorSamples.putIfAbsent(0, String.valueOf(ex.getMessage()));
			}
		}
		Samples samples = new Samples(latencies, statuses, (System.nanoTime() - start) / 1e9, errorSamples);
		StepResult result = StepResult.of(key, title, 0, samples, Map.of(), "sequential, 1 connection; " + booked
				+ " visits booked, " + refused + " refused (taken, hours, needling) of " + 12 * firsts.size(), BOOKED);
		this.steps.add(result);
		this.figures.put(key + "-p50", result.p50());
		this.figures.put(key + "-visits-booked", (double) booked);
		this.figures.put(key + "-visits-refused", (double) refused);
	}

	private ZoneId zoneOf(Connection db, UUID clinicId) throws SQLException {
		ZoneId known = this.zones.get(clinicId);
		if (known != null) {
			return known;
		}
		try (PreparedStatement query = db.prepareStatement("SELECT zone_id FROM clinic WHERE id = ?")) {
			query.setObject(1, clinicId);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				ZoneId zone = ZoneId.of(row.getString(1));
				this.zones.put(clinicId, zone);
				return zone;
			}
		}
	}

	private static int occurrences(String body, String status) {
		return body.split("\"status\":\"" + status + "\"", -1).length - 1;
	}

	/** Raises the booking rate step by step until p99 passes 100 ms or an error comes. */
	void capacity(boolean viaGateway) throws InterruptedException {
		String route = viaGateway ? "gateway" : "direct";
		say("Capacity search, needling booking, " + route);
		double rate = this.settings.capacityStartRate();
		double held = 0;
		for (int step = 0; step < this.settings.capacitySteps(); step++) {
			int count = (int) Math.round(rate * this.settings.capacityStepSeconds());
			List<Booking> bookings = this.plan.needling(count);
			if (bookings.size() < count) {
				say("  the plan ran out of free slots");
				break;
			}
			StepResult result = openBookings("capacity-" + route + "@" + Math.round(rate),
					"capacity, needling booking, " + route + ", " + Math.round(rate) + "/s", bookings, viaGateway,
					rate);
			if (!result.held(100)) {
				break;
			}
			held = rate;
			rate *= this.settings.capacityFactor();
		}
		this.figures.put("capacity-" + route, held);
		// the step that did not hold may have left queues behind: let them drain before
		// the next search (in the run of 2026-11-23T06:22:49Z the gateway's first step
		// came
		// 3 s after the direct search's last and missed its p99 without an error)
		pause(15);
	}

	/**
	 * Books for up to {@code seconds}, {@value #WARM_CONNECTIONS} at a time (a closed
	 * model), so that the stack is never pushed past what it carries and every booking
	 * takes its whole path. Sent open at 100/s, the 2-core stack booked 925 of 4,200
	 * needling visits through the gateway (880 timed out, 2,392 were never sent) and
	 * refused 518 of 2,400 direct: the warm-up compiled the refusal and left queues
	 * behind for the steps after it (docs/performance.md, sixth pass).
	 */
	private void warm(List<Booking> bookings, boolean viaGateway, double seconds) throws InterruptedException {
		Samples samples = OpenLoad.closed(WARM_CONNECTIONS, seconds, bookings.size(), this.settings.requestTimeout(),
				(i) -> this.requests.book(bookings.get(i), viaGateway));
		sayWarmed(bookings, viaGateway, samples);
	}

	/** What a warm-up part booked: refused bookings warm the refusal, not the booking. */
	private static void sayWarmed(List<Booking> bookings, boolean viaGateway, Samples samples) {
		say(String.format("  warm-up, %d %s bookings %s: %d booked in %.0f s, errors %s", bookings.size(),
				bookings.isEmpty() ? "" : bookings.get(0).type(), viaGateway ? "via gateway" : "direct",
				samples.countOf(BOOKED), samples.seconds(), samples.errors(BOOKED)));
	}

	private StepResult openBookings(String key, String title, List<Booking> bookings, boolean viaGateway, double rate)
			throws InterruptedException {
		return open(key, title, rate, bookings.size(), (i) -> this.requests.book(bookings.get(i), viaGateway), BOOKED);
	}

	private StepResult open(String key, String title, double rate, int count, IntFunction<HttpRequest> request,
			int expected) throws InterruptedException {
		say(String.format("%s: %d requests at %.0f/s", title, count, rate));
		ProcessWatch.Snapshot before = this.watch.snapshot();
		Samples samples = this.load.run(rate, count, request);
		Map<String, Double> cores = this.watch.cores(before, this.watch.snapshot());
		StepResult result = StepResult.of(key, title, rate, samples, cores,
				"open model, " + this.settings.maxInFlight() + " in flight at most", expected);
		this.steps.add(result);
		say(String.format("  %.0f/s answered, p50 %.1f ms, p99 %.1f ms, errors %s", result.throughput(), result.p50(),
				result.p99(), result.errors()));
		pause((result.errorCount() > 0) ? 12 : 3);
		return result;
	}

	private OpenLoad oneConnection() {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		return new OpenLoad(client, 1, this.settings.requestTimeout());
	}

	private static void record(OpenLoad connection, HttpRequest request, long[] latencies, int[] statuses,
			Map<Integer, String> errorSamples, int i) throws InterruptedException {
		Samples one = connection.sequential(1, (ignored) -> request);
		latencies[i] = one.latencies()[0];
		statuses[i] = one.statuses()[0];
		one.errorSamples().forEach(errorSamples::putIfAbsent);
	}

	/**
	 * Lets queues drain, and a circuit breaker that opened close again, between steps.
	 */
	private void pause(int seconds) throws InterruptedException {
		if (!this.settings.quick()) {
			Thread.sleep(seconds * 1000L);
		}
	}

	static void say(String line) {
		System.out.println(line);
	}

}
