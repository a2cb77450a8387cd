package com.ptpractice.scheduling.availability;

import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database client of the searches: the service's data source, with every statement
 * cancelled by PostgreSQL at {@code ptpractice.search.statement-timeout} (JDBC's query
 * timeout, whole seconds) and planned for its own parameters every time. Bookings and
 * every other write keep the ordinary client.
 * <p>
 * Planned every time: the driver turns a statement it has run five times on a connection
 * into a named server-side statement, and PostgreSQL then tries a generic plan, one for
 * any parameters. The availability SQL serves one clinic, one state or a list of clinics
 * through parameters that may be null ({@code :clinicId IS NULL OR c.id = :clinicId}); a
 * generic plan cannot tell which, so it plans for all of them. On the bench seed the
 * sixth one-state week took 540-690 ms instead of 25-33 ms, the one-clinic week 24-49 ms
 * instead of 5-7 ms (docs/performance.md, "The searches were planned for every clinic").
 * With the prepare threshold at 0 every execution is an unnamed statement, which
 * PostgreSQL plans with its parameters (about 2 ms of planning per search).
 */
@Component
public class SearchStatements {

	private final JdbcClient client;

	SearchStatements(DataSource dataSource, SearchCapacity.Settings settings) {
		JdbcTemplate template = new JdbcTemplate(dataSource) {

			@Override
			protected void applyStatementSettings(Statement statement) throws SQLException {
				super.applyStatementSettings(statement);
				statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			}

		};
		template.setQueryTimeout(Math.toIntExact(Math.max(1, settings.statementTimeout().toSeconds())));
		this.client = JdbcClient.create(template);
	}

	public JdbcClient client() {
		return this.client;
	}

}
