package com.ptpractice.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run does, from system properties ({@code -Dbench.warmup=60}) with the defaults
 * of scripts/bench.sh. Every rate is requests per second, every duration seconds.
 * {@code -Dbench.short=true} (scripts/bench.sh --short) makes every step tiny and skips
 * the pauses between steps: a run of a few seconds that proves the harness works against
 * the stack (its figures mean nothing), written to bench/target/short-results.
 */
record Settings(String gateway, String scheduling, String keycloak, String jdbcUrl, String jdbcUser,
		String jdbcPassword, Path runDir, Path resultsDir, int warmupSeconds, int bookingRate, int bookingSeconds,
		int clinicSearchRate, int stateSearchRate, int finderRate, int searchSeconds, int capacityStartRate,
		double capacityFactor, int capacitySteps, int capacityStepSeconds, int raceRounds, int raceWidth,
		int sequentialCount, int readConnections, int readRounds, double readSeconds, int readSequentialCount,
		int maxInFlight, Duration requestTimeout, boolean publicRateRaised, int clockTicks, boolean quick,
		int seriesCount) {

	static Settings fromSystemProperties() {
		boolean quick = Boolean.parseBoolean(text("short", "false"));
		return new Settings(text("gateway", "http://127.0.0.1:8080"), text("scheduling", "http://127.0.0.1:8081"),
				text("keycloak", "http://127.0.0.1:8180"),
				text("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/scheduling"), text("jdbc-user", "scheduling_app"),
				text("jdbc-password", "scheduling_app"), Path.of(text("run-dir", ".run")),
				Path.of(text("results-dir", quick ? "bench/target/short-results" : "bench/results")),
				number("warmup", quick ? 0 : 120), number("booking-rate", quick ? 10 : 200),
				number("booking-seconds", quick ? 1 : 60), number("clinic-search-rate", quick ? 4 : 50),
				number("state-search-rate", quick ? 2 : 20), number("finder-rate", quick ? 2 : 20),
				number("search-seconds", quick ? 1 : 20), number("capacity-start-rate", quick ? 10 : 25),
				Double.parseDouble(text("capacity-factor", "1.5")), number("capacity-steps", quick ? 1 : 8),
				number("capacity-step-seconds", quick ? 2 : 8), number("race-rounds", quick ? 2 : 50),
				number("race-width", quick ? 8 : 64), number("sequential", quick ? 10 : 200),
				number("read-connections", 16), number("read-rounds", 4),
				Double.parseDouble(text("read-seconds", quick ? "0.5" : "10")),
				number("read-sequential", quick ? 20 : 1000), number("max-in-flight", 256),
				Duration.ofSeconds(number("request-timeout", 10)),
				Boolean.parseBoolean(text("public-rate-raised", "false")), number("clock-ticks", 100), quick,
				number("series", quick ? 2 : 20));
	}

	private static String text(String name, String fallback) {
		return System.getProperty("bench." + name, fallback);
	}

	private static int number(String name, int fallback) {
		return Integer.parseInt(text(name, Integer.toString(fallback)));
	}

}
