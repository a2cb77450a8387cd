package com.ptpractice.bench;

import java.util.Map;

/**
 * One step's figures: the rate asked for, what was sent and answered as expected, the
 * answered rate, latency percentiles (ms, from each request's intended send time), errors
 * by status (with the first answer of each, cut short), and the cores each group of
 * processes used meanwhile.
 */
record StepResult(String key, String title, double targetRate, int requests, int ok, double throughput, double p50,
		double p95, double p99, double max, Map<String, Integer> errors, Map<String, String> errorSamples,
		Map<String, Double> cores, String note) {

	static StepResult of(String key, String title, double targetRate, Samples samples, Map<String, Double> cores,
			String note, int... expected) {
		Map<String, Integer> errors = samples.errors(expected);
		int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
		int ok = samples.count() - failed;
		return new StepResult(key, title, targetRate, samples.count(), ok, ok / samples.seconds(),
				samples.percentile(0.50), samples.percentile(0.95), samples.percentile(0.99), samples.max(), errors,
				samples.errorSamples(expected), cores, note);
	}

	int errorCount() {
		return this.errors.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Held under load: no errors and p99 within the limit. */
	boolean held(double p99Limit) {
		return errorCount() == 0 && this.p99 <= p99Limit;
	}

}
