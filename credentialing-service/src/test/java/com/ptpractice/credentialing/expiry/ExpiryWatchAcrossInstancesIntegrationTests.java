package com.ptpractice.credentialing.expiry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import com.ptpractice.common.test.AnotherInstance;
import com.ptpractice.credentialing.CredentialingApiTests;
import com.ptpractice.credentialing.CredentialingApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, both asked at the same moment to record
 * the daily expiry report (as their crons would): one records it, the other skips. The
 * instances stand on a day of their own (15 June 2039), which no other test records.
 */
class ExpiryWatchAcrossInstancesIntegrationTests extends CredentialingApiTests {

	private static final Clock JUNE_15_2039 = Clock.fixed(Instant.parse("2039-06-15T12:00:00Z"), ZoneOffset.UTC);

	@Autowired
	ConfigurableEnvironment environment;

	@AfterEach
	void freeTheLock() {
		this.jdbc.update("DELETE FROM shedlock WHERE name = ?", ExpiryWatchSchedule.LOCK);
	}

	@Test
	void twoInstancesRecordTheDayOnce() throws Exception {
		freeTheLock();
		try (ConfigurableApplicationContext first = AnotherInstance.start(CredentialingApplication.class,
				this.environment, JUNE_15_2039);
				ConfigurableApplicationContext second = AnotherInstance.start(CredentialingApplication.class,
						this.environment, JUNE_15_2039)) {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Boolean>> runs = Stream.of(first, second)
				.map((instance) -> instance.getBean(ExpiryWatchSchedule.class))
				.map((schedule) -> CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return schedule.runUnlessAnotherInstanceDoes();
				}))
				.toList();
			start.countDown();

			assertThat(runs.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM expiry_snapshot WHERE report_date = DATE '2039-06-15'", Integer.class))
				.isEqualTo(1);
			assertThat(this.jdbc.queryForObject("SELECT locked_by FROM shedlock WHERE name = ?", String.class,
					ExpiryWatchSchedule.LOCK))
				.as("the lock names the instance that ran")
				.isNotBlank();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
