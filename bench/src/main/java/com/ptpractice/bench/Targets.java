package com.ptpractice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The targets of issue 15 (2-core machine, one run), each compared with what this run
 * measured. A target whose step did not run (a shortened run) is listed as not measured,
 * never as held.
 */
final class Targets {

	private static final String NOT_MEASURED = "not measured in this run";

	private Targets() {
	}

	static List<Target> check(List<StepResult> steps, Map<String, Double> figures, Map<String, Long> memory,
			Settings settings) {
		List<Target> targets = new ArrayList<>();
		targets.add(readAdded(steps, figures));
		targets.add(readRatio(figures, settings));
		targets.add(sequentialBooking(steps));
		double gateway = figures.getOrDefault("capacity-gateway", 0.0);
		targets.add(new Target("needling bookings/s through the gateway at p99 <= 100 ms, no errors: >= 200/s",
				figures.containsKey("capacity-gateway") ? String.format("held %.0f/s via gateway (%.0f/s direct)",
						gateway, figures.getOrDefault("capacity-direct", 0.0)) : NOT_MEASURED,
				gateway >= 200));
		targets.add(step(steps, "needling-gateway")
			.map((s) -> new Target(
					"needling bookings at " + Math.round(s.targetRate()) + "/s for " + settings.bookingSeconds()
							+ " s through the gateway: p99 <= 100 ms, 0 errors (200/s for 60 s)",
					String.format("%.0f/s answered, p50 %.1f ms, p99 %.1f ms, %d errors", s.throughput(), s.p50(),
							s.p99(), s.errorCount()),
					s.targetRate() >= 200 && settings.bookingSeconds() >= 60 && s.p99() <= 100 && s.errorCount() == 0
							&& s.throughput() >= 0.95 * s.targetRate()))
			.orElse(notMeasured("200 needling bookings/s for 60 s through the gateway: p99 <= 100 ms, 0 errors")));
		targets.add(idleSearches(steps));
		targets.add(step(steps, "race")
			.map((s) -> new Target("64-way race for one slot: every round exactly one 201 and no 5xx; p99 <= 300 ms",
					String.format("%.0f of %.0f rounds clean, p99 %.1f ms", figures.get("race-clean-rounds"),
							figures.get("race-rounds"), s.p99()),
					settings.raceWidth() >= 64 && figures.get("race-clean-rounds").equals(figures.get("race-rounds"))
							&& s.p99() <= 300))
			.orElse(notMeasured("64-way race for one slot: every round exactly one 201 and no 5xx; p99 <= 300 ms")));
		targets.add(memory(memory));
		return targets;
	}

	private static Target readAdded(List<StepResult> steps, Map<String, Double> figures) {
		String name = "gateway's added p50 on an authenticated read, one connection: <= 1.5 ms";
		Double added = figures.get("read-1-added-p50");
		if (added == null) {
			return notMeasured(name);
		}
		return new Target(name,
				String.format("%+.2f ms (gateway %.2f ms, direct %.2f ms)", added,
						step(steps, "read-1-gateway").map(StepResult::p50).orElse(Double.NaN),
						step(steps, "read-1-direct").map(StepResult::p50).orElse(Double.NaN)),
				added <= 1.5);
	}

	private static Target readRatio(Map<String, Double> figures, Settings settings) {
		String name = "gateway throughput / direct, authenticated read, " + settings.readConnections()
				+ " connections: >= 0.6x";
		Double ratio = figures.get("read-many-ratio");
		if (ratio == null) {
			return notMeasured(name);
		}
		return new Target(name, String.format("%.2fx (%.0f/s / %.0f/s)", ratio, figures.get("read-many-gateway-per-s"),
				figures.get("read-many-direct-per-s")), settings.readConnections() == 16 && ratio >= 0.6);
	}

	private static Target sequentialBooking(List<StepResult> steps) {
		String name = "needling booking p50, one connection: direct <= 10 ms / through the gateway <= 15 ms";
		Optional<StepResult> gateway = step(steps, "sequential-booking-gateway");
		Optional<StepResult> direct = step(steps, "sequential-booking-direct");
		if (gateway.isEmpty() || direct.isEmpty()) {
			return notMeasured(name);
		}
		return new Target(name,
				String.format("direct %.1f ms / gateway %.1f ms, %d errors", direct.get().p50(), gateway.get().p50(),
						direct.get().errorCount() + gateway.get().errorCount()),
				direct.get().p50() <= 10 && gateway.get().p50() <= 15);
	}

	private static Target idleSearches(List<StepResult> steps) {
		String name = "one-clinic week / one-state week p95 through the gateway, idle stack: <= 15 / <= 60 ms";
		Optional<StepResult> clinic = step(steps, "clinic-week-idle");
		Optional<StepResult> state = step(steps, "state-week-idle");
		if (clinic.isEmpty() || state.isEmpty()) {
			return notMeasured(name);
		}
		return new Target(name,
				String.format("%.1f / %.1f ms, %d errors", clinic.get().p95(), state.get().p95(),
						clinic.get().errorCount() + state.get().errorCount()),
				clinic.get().p95() <= 15 && state.get().p95() <= 60 && clinic.get().errorCount() == 0
						&& state.get().errorCount() == 0);
	}

	private static Target memory(Map<String, Long> memory) {
		String name = "resident memory per service after the full bench: <= 300 MiB (Keycloak not counted)";
		Map<String, Long> services = memory.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().startsWith("keycloak"))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
		if (services.isEmpty()) {
			return notMeasured(name);
		}
		long largest = services.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return new Target(name,
				"largest " + largest + " MiB ("
						+ services.entrySet()
							.stream()
							.map((entry) -> entry.getKey() + " " + entry.getValue())
							.collect(Collectors.joining(", "))
						+ ")",
				largest <= 300);
	}

	private static Target notMeasured(String name) {
		return new Target(name, NOT_MEASURED, false);
	}

	private static Optional<StepResult> step(List<StepResult> steps, String key) {
		return steps.stream().filter((step) -> step.key().equals(key)).findFirst();
	}

	record Target(String name, String measured, boolean holds) {
	}

}
