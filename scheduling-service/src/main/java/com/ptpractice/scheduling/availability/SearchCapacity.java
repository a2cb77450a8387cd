package com.ptpractice.scheduling.availability;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Bounds what the searches (free slots, the clinic finder) may take of this instance and
 * its database, so that bookings keep their connections and the database's cores while
 * people search: at most {@code maxConcurrent} searches run at once (fewer than the
 * connection pool holds), a search waits at most {@code queueWait} for its turn, and each
 * search statement is cancelled by PostgreSQL after {@code statementTimeout}. A search
 * refused for either reason is a 503 with {@code Retry-After}; nothing was changed.
 * <p>
 * Without this bound, searches that callers had already given up on kept running in the
 * database: in the benchmark of 2026-12-02T15:26:32Z the clinic finder's statements, sent
 * faster than PostgreSQL finished them, kept both cores busy for minutes after their
 * callers timed out, and the bookings that followed were refused (docs/performance.md).
 */
@Component
public class SearchCapacity {

	/** SQLSTATE of a statement PostgreSQL cancelled (here: its timeout). */
	private static final String QUERY_CANCELED = "57014";

	private final Semaphore permits;

	private final Duration queueWait;

	SearchCapacity(Settings settings) {
		this.permits = new Semaphore(settings.maxConcurrent(), true);
		this.queueWait = settings.queueWait();
	}

	/** Runs the search when a turn is free within the wait, else refuses it. */
	public <T> T run(Supplier<T> search) {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.queueWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchRefused(SearchRefused.Why.BUSY);
		}
		if (!admitted) {
			throw new SearchRefused(SearchRefused.Why.BUSY);
		}
		try {
			return search.get();
		}
		catch (DataAccessException ex) {
			if (cancelledByTimeout(ex)) {
				throw new SearchRefused(SearchRefused.Why.TOO_SLOW);
			}
			throw ex;
		}
		finally {
			this.permits.release();
		}
	}

	private static boolean cancelledByTimeout(DataAccessException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code ptpractice.search.*}: how many searches run at once per instance, how long
	 * one waits for its turn, and how long one statement may run.
	 */
	@ConfigurationProperties("ptpractice.search")
	public record Settings(int maxConcurrent, Duration queueWait, Duration statementTimeout) {

		public Settings {
			if (maxConcurrent < 1) {
				throw new IllegalArgumentException("ptpractice.search.max-concurrent must be at least 1");
			}
			if (queueWait.isNegative() || statementTimeout.isNegative() || statementTimeout.isZero()) {
				throw new IllegalArgumentException(
						"ptpractice.search.queue-wait must not be negative and statement-timeout must be positive");
			}
		}

	}

}
