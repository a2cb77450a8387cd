package com.ptpractice.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends requests at a fixed arrival rate from a schedule (an open model): request
 * {@code i} is due at {@code start + i / rate}, whether or not earlier ones have been
 * answered, and its latency is measured from that intended time, so a stalled server or a
 * late sender shows up in the figures instead of slowing the load (no coordinated
 * omission). Bounded: {@code count} requests, each with a time limit, and at most
 * {@code maxInFlight} outstanding (a request due beyond that is not sent and counted as
 * an error). The first answer of each error status (and the first failure of each kind)
 * is kept, its first {@value #SAMPLE_CHARS} characters, so that a step's errors explain
 * themselves.
 */
final class OpenLoad {

	static final int NOT_SENT = -1;

	static final int TIMED_OUT = -2;

	static final int FAILED = -3;

	static final int SAMPLE_CHARS = 300;

	private final HttpClient client;

	private final int maxInFlight;

	private final Duration requestTimeout;

	OpenLoad(HttpClient client, int maxInFlight, Duration requestTimeout) {
		this.client = client;
		this.maxInFlight = maxInFlight;
		this.requestTimeout = requestTimeout;
	}

	/**
	 * Runs {@code count} requests at {@code rate} per second and waits for every answer.
	 */
	Samples run(double rate, int count, IntFunction<HttpRequest> requests) throws InterruptedException {
		long[] latencies = new long[count];
		int[] statuses = new int[count];
		AtomicInteger inFlight = new AtomicInteger();
		CountDownLatch answered = new CountDownLatch(count);
		Map<Integer, String> errorSamples = new ConcurrentHashMap<>();
		long interval = (long) (1_000_000_000L / rate);
		long start = System.nanoTime() + 20_000_000L;
		for (int index = 0; index < count; index++) {
			HttpRequest request = requests.apply(index);
			long intended = start + index * interval;
			waitUntil(intended);
			if (inFlight.get() >= this.maxInFlight) {
				statuses[index] = NOT_SENT;
				answered.countDown();
				continue;
			}
			inFlight.incrementAndGet();
			int slot = index;
			this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
				latencies[slot] = System.nanoTime() - intended;
				statuses[slot] = (failure == null) ? response.statusCode() : failureCode(failure);
				keepSample(errorSamples, statuses[slot], response, failure);
				inFlight.decrementAndGet();
				answered.countDown();
			});
		}
		answered.await(this.requestTimeout.toSeconds() + 5, TimeUnit.SECONDS);
		long end = System.nanoTime();
		return new Samples(latencies, statuses, (end - start) / 1e9, Map.copyOf(errorSamples));
	}

	/** Sends the requests all at once and waits for every answer (a race). */
	Samples burst(HttpRequest[] requests) throws InterruptedException {
		long[] latencies = new long[requests.length];
		int[] statuses = new int[requests.length];
		CountDownLatch answered = new CountDownLatch(requests.length);
		Map<Integer, String> errorSamples = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		for (int index = 0; index < requests.length; index++) {
			int slot = index;
			this.client.sendAsync(requests[index], HttpResponse.BodyHandlers.ofString())
				.whenComplete((response, failure) -> {
					latencies[slot] = System.nanoTime() - start;
					statuses[slot] = (failure == null) ? response.statusCode() : failureCode(failure);
					keepSample(errorSamples, statuses[slot], response, failure);
					answered.countDown();
				});
		}
		answered.await(this.requestTimeout.toSeconds() + 5, TimeUnit.SECONDS);
		return new Samples(latencies, statuses, (System.nanoTime() - start) / 1e9, Map.copyOf(errorSamples));
	}

	/** Sends one request after the other on one connection. */
	Samples sequential(int count, IntFunction<HttpRequest> requests) throws InterruptedException {
		long[] latencies = new long[count];
		int[] statuses = new int[count];
		Map<Integer, String> errorSamples = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		for (int index = 0; index < count; index++) {
			HttpRequest request = requests.apply(index);
			long sent = System.nanoTime();
			try {
				HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
				statuses[index] = response.statusCode();
				keepSample(errorSamples, statuses[index], response, null);
			}
			catch (java.io.IOException ex) {
				statuses[index] = failureCode(ex);
				keepSample(errorSamples, statuses[index], null, ex);
			}
			latencies[index] = System.nanoTime() - sent;
		}
		return new Samples(latencies, statuses, (System.nanoTime() - start) / 1e9, Map.copyOf(errorSamples));
	}

	/**
	 * {@code connections} callers, each sending its next request as soon as its last is
	 * answered (a closed model: the figure is throughput at that concurrency), for
	 * {@code seconds} or at most {@code maxRequests} requests in all, over a client of
	 * its own so that each caller keeps one warm connection.
	 */
	static Samples closed(int connections, double seconds, int maxRequests, Duration requestTimeout,
			IntFunction<HttpRequest> requests) throws InterruptedException {
		long[] latencies = new long[maxRequests];
		int[] statuses = new int[maxRequests];
		Map<Integer, String> errorSamples = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		try (java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors
			.newFixedThreadPool(connections);
				HttpClient client = HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(2))
					.executor(callers)
					.build()) {
			Thread[] threads = new Thread[connections];
			for (int t = 0; t < connections; t++) {
				threads[t] = Thread.ofPlatform().name("bench-closed-" + t).start(() -> {
					int index;
					while (System.nanoTime() < end && (index = next.getAndIncrement()) < maxRequests) {
						long sent = System.nanoTime();
						try {
							HttpResponse<String> response = client.send(requests.apply(index),
									HttpResponse.BodyHandlers.ofString());
							statuses[index] = response.statusCode();
							keepSample(errorSamples, statuses[index], response, null);
						}
						catch (java.io.IOException ex) {
							statuses[index] = failureCode(ex);
							keepSample(errorSamples, statuses[index], null, ex);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						latencies[index] = System.nanoTime() - sent;
					}
				});
			}
			for (Thread thread : threads) {
				thread.join(requestTimeout.toMillis() + (long) (seconds * 1000) + 5_000);
			}
		}
		int done = Math.min(next.get(), maxRequests);
		return new Samples(java.util.Arrays.copyOf(latencies, done), java.util.Arrays.copyOf(statuses, done),
				(System.nanoTime() - start) / 1e9, Map.copyOf(errorSamples));
	}

	/**
	 * The first answer of an error status (>= 400), or the first failure of a kind: its
	 * body or message, cut to {@value #SAMPLE_CHARS} characters.
	 */
	private static void keepSample(Map<Integer, String> samples, int status, HttpResponse<String> response,
			Throwable failure) {
		if (status >= 0 && status < 400) {
			return;
		}
		samples.computeIfAbsent(status, (ignored) -> {
			String text = (failure != null) ? failure.toString() : String.valueOf(response.body());
			return (text.length() > SAMPLE_CHARS) ? text.substring(0, SAMPLE_CHARS) : text;
		});
	}

	private static int failureCode(Throwable failure) {
		Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
		return (failure instanceof HttpTimeoutException || cause instanceof HttpTimeoutException) ? TIMED_OUT : FAILED;
	}

	private static void waitUntil(long nanoTime) {
		long remaining;
		while ((remaining = nanoTime - System.nanoTime()) > 0) {
			LockSupport.parkNanos(remaining);
		}
	}

}
