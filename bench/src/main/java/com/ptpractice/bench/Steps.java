package com.ptpractice.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which steps a run takes: {@code -Dbench.steps=sequential,needling-gateway} (names as in
 * {@link #ALL}, comma-separated) for only those, in the usual order; every step when
 * unset. A target whose step did not run is reported "not measured in this run".
 */
record Steps(Set<String> chosen) {

	/** Every step, in the order a run takes them. */
	static final List<String> ALL = List.of("warmup", "gateway-cost", "sequential", "raw-insert", "searches-idle",
			"needling-gateway", "needling-direct", "follow-up", "searches", "race", "capacity-direct",
			"capacity-gateway", "series");

	static Steps fromSystemProperty() {
		String value = System.getProperty("bench.steps", "").trim();
		if (value.isEmpty()) {
			return new Steps(Set.copyOf(ALL));
		}
		Set<String> chosen = Arrays.stream(value.split(","))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		List<String> unknown = chosen.stream().filter((name) -> !ALL.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown bench step(s) " + unknown + "; known: " + ALL);
		}
		return new Steps(chosen);
	}

	boolean has(String step) {
		return this.chosen.contains(step);
	}

}
