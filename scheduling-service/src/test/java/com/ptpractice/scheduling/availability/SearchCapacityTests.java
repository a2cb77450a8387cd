package com.ptpractice.scheduling.availability;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchCapacityTests {

	private final SearchCapacity capacity = new SearchCapacity(
			new SearchCapacity.Settings(2, Duration.ofMillis(100), Duration.ofSeconds(4)));

	@Test
	void aSearchBeyondTheLimitIsRefusedAsBusyAndRunsOnceATurnIsFree() throws Exception {
		CountDownLatch running = new CountDownLatch(2);
		CountDownLatch finish = new CountDownLatch(1);
		try (ExecutorService others = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<String> first = others.submit(() -> this.capacity.run(() -> holdUntil(running, finish)));
			Future<String> second = others.submit(() -> this.capacity.run(() -> holdUntil(running, finish)));
			assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

			assertThatExceptionOfType(SearchRefused.class).isThrownBy(() -> this.capacity.run(() -> "third"))
				.satisfies((refused) -> assertThat(refused.why()).isEqualTo(SearchRefused.Why.BUSY));

			finish.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
		}
		assertThat(this.capacity.run(() -> "after")).isEqualTo("after");
	}

	@Test
	void aStatementCancelledAtItsTimeoutIsRefusedAsTooSlowAndGivesItsTurnBack() {
		UncategorizedSQLException cancelled = new UncategorizedSQLException("search", "SELECT ...",
				new SQLException("canceling statement due to statement timeout", "57014"));

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(SearchRefused.class).isThrownBy(() -> this.capacity.run(() -> {
				throw cancelled;
			})).satisfies((refused) -> assertThat(refused.why()).isEqualTo(SearchRefused.Why.TOO_SLOW));
		}
		assertThat(this.capacity.run(() -> "still admitted")).isEqualTo("still admitted");
	}

	@Test
	void anyOtherDatabaseFailureIsPassedOnUnchanged() {
		DataAccessResourceFailureException down = new DataAccessResourceFailureException("connection refused");

		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(() -> this.capacity.run(() -> {
			throw down;
		})).isSameAs(down);
	}

	@Test
	void settingsThatWouldAdmitNothingAreRefusedAtStart() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SearchCapacity.Settings(0, Duration.ZERO, Duration.ofSeconds(1)));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SearchCapacity.Settings(1, Duration.ZERO, Duration.ZERO));
	}

	private static String holdUntil(CountDownLatch running, CountDownLatch finish) {
		running.countDown();
		try {
			finish.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "done";
	}

}
