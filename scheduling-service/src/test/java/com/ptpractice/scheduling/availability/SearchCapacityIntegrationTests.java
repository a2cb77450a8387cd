package com.ptpractice.scheduling.availability;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The searches' bounds against the real database and over HTTP: PostgreSQL cancels a
 * search statement at its timeout, and a search that finds every turn taken is a 503
 * problem with Retry-After.
 */
class SearchCapacityIntegrationTests extends ApiIntegrationTestSupport {

	@Autowired
	SearchCapacity capacity;

	@Autowired
	SearchStatements statements;

	@Value("${ptpractice.search.max-concurrent}")
	int maxConcurrent;

	@Test
	void postgresqlCancelsASearchStatementAtTheTimeout() {
		assertThatExceptionOfType(SearchRefused.class)
			.isThrownBy(() -> this.capacity
				.run(() -> this.statements.client().sql("SELECT pg_sleep(30)").query(Object.class).single()))
			// a statement that ran its 30 s would have answered: refused means cancelled
			.satisfies((refused) -> assertThat(refused.why()).isEqualTo(SearchRefused.Why.TOO_SLOW));
	}

	@Test
	void aSearchWhenEveryTurnIsTakenIsA503ProblemWithRetryAfter() throws Exception {
		CountDownLatch holding = new CountDownLatch(this.maxConcurrent);
		CountDownLatch release = new CountDownLatch(1);
		try (ExecutorService searches = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < this.maxConcurrent; i++) {
				searches.submit(() -> this.capacity.run(() -> {
					holding.countDown();
					return awaitQuietly(release);
				}));
			}
			assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
			try {
				this.client.get()
					.uri("/availability?type=FOLLOW_UP&from=2026-03-09T00:00:00Z&to=2026-03-10T00:00:00Z")
					.headers(frontDesk())
					.exchange()
					.expectStatus()
					.isEqualTo(503)
					.expectHeader()
					.valueEquals(HttpHeaders.RETRY_AFTER, "1")
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("https://ptpractice.example/problems/search-refused")
					.jsonPath("$.detail")
					.value((detail) -> assertThat(detail.toString()).contains("as many searches as it can"));
				this.client.get()
					.uri("/public/clinics?service=dry-needling&state=CO")
					.exchange()
					.expectStatus()
					.isEqualTo(503);
			}
			finally {
				release.countDown();
			}
		}
		this.client.get()
			.uri("/availability?type=FOLLOW_UP&from=2026-03-09T00:00:00Z&to=2026-03-10T00:00:00Z")
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
