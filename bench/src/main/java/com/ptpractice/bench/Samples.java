package com.ptpractice.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one step measured: each request's latency (nanoseconds) and status (an HTTP
 * status, or one of {@link OpenLoad}'s negative codes), the step's wall time, and the
 * first answer (cut short) of each error status.
 */
record Samples(long[] latencies, int[] statuses, double seconds, Map<Integer, String> errorSamples) {

	Samples(long[] latencies, int[] statuses, double seconds) {
		this(latencies, statuses, seconds, Map.of());
	}

	/** The kept answer of each status not {@code expected}, labelled as in errors(). */
	Map<String, String> errorSamples(int... expected) {
		Map<String, String> samples = new TreeMap<>();
		this.errorSamples.forEach((status, text) -> {
			if (Arrays.stream(expected).noneMatch((e) -> e == status)) {
				samples.put(label(status), text);
			}
		});
		return samples;
	}

	/** Two runs of the same kind as one: their requests together, their times added. */
	Samples and(Samples other) {
		long[] latencies = Arrays.copyOf(this.latencies, this.latencies.length + other.latencies.length);
		System.arraycopy(other.latencies, 0, latencies, this.latencies.length, other.latencies.length);
		int[] statuses = Arrays.copyOf(this.statuses, this.statuses.length + other.statuses.length);
		System.arraycopy(other.statuses, 0, statuses, this.statuses.length, other.statuses.length);
		Map<Integer, String> samples = new TreeMap<>(other.errorSamples);
		samples.putAll(this.errorSamples);
		return new Samples(latencies, statuses, this.seconds + other.seconds, samples);
	}

	int count() {
		return this.statuses.length;
	}

	int countOf(int status) {
		return (int) Arrays.stream(this.statuses).filter((s) -> s == status).count();
	}

	/**
	 * Answers other than {@code expected}, by status (or "not sent", "timeout", "io").
	 */
	Map<String, Integer> errors(int... expected) {
		Map<String, Integer> errors = new TreeMap<>();
		for (int status : this.statuses) {
			if (Arrays.stream(expected).noneMatch((e) -> e == status)) {
				errors.merge(label(status), 1, Integer::sum);
			}
		}
		return errors;
	}

	/** Latency in milliseconds at quantile {@code q} over every request that was sent. */
	double percentile(double q) {
		long[] sent = sentLatencies();
		if (sent.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(q * sent.length) - 1;
		return sent[Math.max(0, Math.min(sent.length - 1, index))] / 1e6;
	}

	double max() {
		long[] sent = sentLatencies();
		return (sent.length == 0) ? Double.NaN : sent[sent.length - 1] / 1e6;
	}

	private long[] sentLatencies() {
		long[] sent = new long[this.statuses.length];
		int n = 0;
		for (int index = 0; index < this.statuses.length; index++) {
			if (this.statuses[index] != OpenLoad.NOT_SENT && this.statuses[index] != 0) {
				sent[n++] = this.latencies[index];
			}
		}
		long[] sorted = Arrays.copyOf(sent, n);
		Arrays.sort(sorted);
		return sorted;
	}

	private static String label(int status) {
		return switch (status) {
			case OpenLoad.NOT_SENT -> "not sent";
			case OpenLoad.TIMED_OUT -> "timeout";
			case OpenLoad.FAILED -> "io";
			case 0 -> "unanswered";
			default -> Integer.toString(status);
		};
	}

}
