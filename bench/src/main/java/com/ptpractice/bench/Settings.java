package com.ptpractice.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run does, from system properties ({@code -Dbench.warmup=60}) with the defaults
 * of scripts/bench.sh. Every rate is requests per second, every duration seconds.
 */
record Settings(String gateway, String scheduling, String keycloak, String jdbcUrl, String jdbcUser,
		String jdbcPassword, Path runDir, Path resultsDir, int warmupSeconds, int bookingRate, int bookingSeconds,
		int clinicSearchRate, int stateSearchRate, int finderRate, int searchSeconds, int capacityStartRate,
		double capacityFactor, int capacitySteps, int capacityStepSeconds, int raceRounds, int raceWidth,
		int sequentialCount, int maxInFlight, Duration requestTimeout, boolean publicRateRaised, int clockTicks,
		int seriesCount) {

	static Settings fromSystemProperties() {
		return new Settings(text("gateway", "http://127.0.0.1:8080"), text("scheduling", "http://127.0.0.1:8081"),
				text("keycloak", "http://127.0.0.1:8180"),
				text("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/scheduling"), text("jdbc-user", "scheduling"),
				text("jdbc-password", "scheduling"), Path.of(text("run-dir", ".run")),
				Path.of(text("results-dir", "bench/results")), number("warmup", 120), number("booking-rate", 200),
				number("booking-seconds", 60), number("clinic-search-rate", 50), number("state-search-rate", 20),
				number("finder-rate", 20), number("search-seconds", 20), number("capacity-start-rate", 25),
				Double.parseDouble(text("capacity-factor", "1.5")), number("capacity-steps", 8),
				number("capacity-step-seconds", 8), number("race-rounds", 50), number("race-width", 64),
				number("sequential", 200), number("max-in-flight", 256),
				Duration.ofSeconds(number("request-timeout", 10)),
				Boolean.parseBoolean(text("public-rate-raised", "false")), number("clock-ticks", 100),
				number("series", 20));
	}

	private static String text(String name, String fallback) {
		return System.getProperty("bench." + name, fallback);
	}

	private static int number(String name, int fallback) {
		return Integer.parseInt(text(name, Integer.toString(fallback)));
	}

}
