package com.ptpractice.common.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds how many requests a service instance works on at once: at most
 * {@code maxInFlight}; a request beyond that waits up to {@code queueWait} for one to
 * finish and is otherwise answered 503 {@code service-busy} with {@code Retry-After},
 * before anything reads its body, its token or the database (so it changed nothing and
 * learned nothing).
 * <p>
 * Every request a service works on holds its virtual thread's stack, its buffers and its
 * objects on the heap; with no bound, a burst of hundreds of requests ran the scheduling
 * service out of a 96 MiB heap (docs/performance.md, Memory). A waiting request holds
 * only its parked thread. The database pool (10 connections) would queue the excess
 * anyway; this makes the queue short, bounded and answered.
 */
public class RequestsInFlight extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Semaphore turns;

	private final long queueWaitNanos;

	private final String displayName;

	/**
	 * @param settings the bound and the wait
	 * @param displayName how a person calls this service, such as
	 * {@code scheduling service}
	 */
	public RequestsInFlight(Settings settings, String displayName) {
		this.turns = new Semaphore(settings.maxInFlight(), true);
		this.queueWaitNanos = settings.queueWait().toNanos();
		this.displayName = displayName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.turns.tryAcquire(this.queueWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

	/** Health probes and metrics are answered however busy the service is. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator/");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type("service-busy").toString());
		problem.put("title", "Service busy");
		problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		problem.put("detail", "The " + this.displayName
				+ " is working on as many requests as it can at once. Nothing was changed; try again in a second.");
		problem.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * {@code ptpractice.requests.*}: how many requests one instance works on at once, and
	 * how long a request beyond that waits for its turn.
	 */
	@ConfigurationProperties("ptpractice.requests")
	public record Settings(@DefaultValue("64") int maxInFlight, @DefaultValue("1s") Duration queueWait) {

		public Settings {
			if (maxInFlight < 1) {
				throw new IllegalArgumentException("ptpractice.requests.max-in-flight must be at least 1");
			}
			if (queueWait == null || queueWait.isNegative()) {
				throw new IllegalArgumentException("ptpractice.requests.queue-wait must not be negative");
			}
		}

	}

}
