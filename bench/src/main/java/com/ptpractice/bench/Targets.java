package com.ptpractice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The targets of issue 8, each compared with what this run measured. */
final class Targets {

	private Targets() {
	}

	static List<Target> check(List<StepResult> steps, Map<String, Double> figures, Settings settings) {
		List<Target> targets = new ArrayList<>();
		step(steps, "needling-gateway").ifPresent((s) -> targets.add(new Target(
				"needling booking via gateway, " + Math.round(s.targetRate()) + "/s for " + settings.bookingSeconds()
						+ " s: p50 <= 8 ms, p99 <= 25 ms, no errors",
				String.format("%.0f/s answered, p50 %.1f ms, p99 %.1f ms, %d errors", s.throughput(), s.p50(), s.p99(),
						s.errorCount()),
				s.p50() <= 8 && s.p99() <= 25 && s.errorCount() == 0 && s.throughput() >= 0.95 * s.targetRate())));
		double gateway = figures.getOrDefault("capacity-gateway", 0.0);
		double direct = figures.getOrDefault("capacity-direct", 0.0);
		targets.add(new Target("booking capacity >= 600/s at p99 <= 100 ms (needling, via gateway)",
				String.format("held %.0f/s via gateway (%.0f/s direct)", gateway, direct), gateway >= 600));
		step(steps, "race").ifPresent(
				(s) -> targets.add(new Target("race for one slot: exactly one 201 per round (rest 409), p99 <= 50 ms",
						String.format("%.0f of %.0f rounds clean, p99 %.1f ms", figures.get("race-clean-rounds"),
								figures.get("race-rounds"), s.p99()),
						figures.get("race-clean-rounds").equals(figures.get("race-rounds")) && s.p99() <= 50)));
		step(steps, "clinic-week").ifPresent((s) -> targets.add(new Target("one-clinic week via gateway: p95 <= 15 ms",
				String.format("p95 %.1f ms, %d errors", s.p95(), s.errorCount()),
				s.p95() <= 15 && s.errorCount() == 0)));
		step(steps, "state-week").ifPresent((s) -> targets.add(new Target("one-state week via gateway: p95 <= 60 ms",
				String.format("p95 %.1f ms, %d errors", s.p95(), s.errorCount()),
				s.p95() <= 60 && s.errorCount() == 0)));
		Double added = figures.get("gateway-added-booking-p50");
		if (added != null) {
			targets.add(new Target("gateway adds <= 2 ms at p50 on one connection (needling booking)",
					String.format("+%.1f ms (+%.1f ms on a plain read of appointment types)", added,
							figures.get("gateway-added-types-p50")),
					added <= 2));
		}
		targets.add(new Target("gateway sustains >= 0.35x the direct throughput (capacity search)",
				(direct > 0) ? String.format("%.2fx", gateway / direct) : "no direct capacity measured",
				direct > 0 && gateway / direct >= 0.35));
		Double booking = figures.get("sequential-booking-gateway-p50");
		Double insert = figures.get("raw-insert-p50");
		if (booking != null && insert != null) {
			targets.add(new Target("booking p50 / raw INSERT p50 <= 10 (gateway, one connection)",
					String.format("%.1fx (%.1f ms / %.2f ms; direct %.1fx)", booking / insert, booking, insert,
							figures.get("sequential-booking-direct-p50") / insert),
					booking / insert <= 10));
		}
		return targets;
	}

	private static Optional<StepResult> step(List<StepResult> steps, String key) {
		return steps.stream().filter((step) -> step.key().equals(key)).findFirst();
	}

	record Target(String name, String measured, boolean holds) {
	}

}
