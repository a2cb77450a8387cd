package com.ptpractice.scheduling.availability;

import java.time.Duration;
import java.time.Instant;

import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The searches are planned for their own parameters every time: however often a search
 * runs on one connection, the driver never makes it a named server-side statement, for
 * which PostgreSQL would try a generic plan (one for any clinic, state or list of
 * clinics: 20 times slower for a state's week on the bench seed).
 */
class SearchStatementsIntegrationTests extends ApiIntegrationTestSupport {

	private static final Instant MONDAY = Instant.parse("2026-03-09T00:00:00Z");

	@Autowired
	FreeSlotQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSearchRunTenTimesOnOneConnectionIsNeverANamedServerSideStatement() {
		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			SlotSearch stateWeek = new SlotSearch("FOLLOW_UP", MONDAY, MONDAY.plus(Duration.ofDays(7)), null, "CO",
					null, 100);
			for (int i = 0; i < 10; i++) {
				this.queries.freeSlots(stateWeek, Duration.ofMinutes(45), MONDAY, null);
				this.queries.workingDays(stateWeek);
			}
			assertThat(namedStatementsContaining("selected_clinic")).isZero();

			// the ordinary client, on the same connection, does name a statement it runs
			// this often: the check above would have seen one
			for (int i = 0; i < 10; i++) {
				this.jdbc.sql("SELECT count(*) FROM clinic WHERE state = :state")
					.param("state", "CO")
					.query(Long.class)
					.single();
			}
			assertThat(namedStatementsContaining("FROM clinic WHERE state")).isPositive();
		});
	}

	/**
	 * Statements the driver prepared by name on this connection (not SQL PREPAREs) since
	 * this transaction began (the pooled connection may have served other tests).
	 */
	private long namedStatementsContaining(String text) {
		return this.jdbc.sql(
				"SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql AND prepare_time >= now() AND statement LIKE :text")
			.param("text", "%" + text + "%")
			.query(Long.class)
			.single();
	}

}
