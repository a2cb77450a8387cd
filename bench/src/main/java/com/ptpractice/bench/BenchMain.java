package com.ptpractice.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.ptpractice.bench.Targets.Target;

/**
 * Runs every step against the running stack and writes the results (see scripts/bench.sh,
 * which seeds the data first and removes it afterwards).
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.executor(Executors.newFixedThreadPool(4, (task) -> {
				Thread thread = new Thread(task, "bench-http");
				thread.setDaemon(true);
				return thread;
			}))
			.build();
		try (Tokens tokens = new Tokens(client, settings.keycloak(), System.getProperty("bench.user", "frontdesk"),
				System.getProperty("bench.password", "frontdesk-demo"));
				Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(),
						settings.jdbcPassword())) {
			SlotPlan plan = new SlotPlan(db);
			Bench.say("Planned from " + plan.freeHours() + " free working hours of the bench therapists");
			ProcessWatch watch = new ProcessWatch(settings.runDir(), settings.clockTicks());
			Bench bench = new Bench(settings, plan, new Requests(settings, tokens), client, watch);
			Map<String, Long> memory = new LinkedHashMap<>();
			if (!bench.preflight()) {
				System.exit(2);
			}
			Steps run = Steps.fromSystemProperty();
			if (run.has("warmup")) {
				bench.warmUp();
			}
			remember(memory, watch);
			if (run.has("gateway-cost")) {
				bench.gatewayCost();
			}
			if (run.has("sequential")) {
				bench.sequential();
			}
			if (run.has("raw-insert")) {
				bench.rawInsert(db);
			}
			if (run.has("searches-idle")) {
				bench.searches(true);
			}
			if (run.has("needling-gateway")) {
				bench.needlingBookings(true);
			}
			remember(memory, watch);
			if (run.has("needling-direct")) {
				bench.needlingBookings(false);
			}
			if (run.has("follow-up")) {
				bench.followUps();
			}
			remember(memory, watch);
			if (run.has("searches")) {
				bench.searches(false);
			}
			if (run.has("race")) {
				bench.race();
			}
			remember(memory, watch);
			if (run.has("capacity-direct")) {
				bench.capacity(false);
			}
			if (run.has("capacity-gateway")) {
				bench.capacity(true);
			}
			remember(memory, watch);
			if (run.has("series")) {
				bench.series(db);
			}
			// resident memory "after the full bench" only when every step ran
			List<Target> targets = Targets.check(bench.steps(), bench.figures(),
					run.chosen().containsAll(Steps.ALL) ? memory : Map.of(), settings);
			Report report = new Report(timestamp, machine(), bench.steps(), bench.figures(), targets, memory);
			report.write(settings.resultsDir());
			System.out.println();
			System.out.println(report.markdown("latest.svg"));
			Bench.say("Written to " + settings.resultsDir().resolve(timestamp.replace(":", "") + ".{json,md,svg}"));
		}
		System.exit(0);
	}

	private static void remember(Map<String, Long> memory, ProcessWatch watch) {
		watch.residentMemory().forEach((name, mib) -> memory.merge(name, mib, Math::max));
	}

	private static String machine() {
		String model = "unknown CPU";
		long memoryKib = 0;
		try {
			model = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse(model);
			memoryKib = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal:"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException ex) {
			// a machine without /proc: leave it unknown
		}
		return String.format("%d cores (%s), %d GiB, %s %s, JDK %s, shared with other work",
				Runtime.getRuntime().availableProcessors(), model, Math.round(memoryKib / 1024.0 / 1024.0),
				System.getProperty("os.name"), System.getProperty("os.version"), Runtime.version());
	}

}
