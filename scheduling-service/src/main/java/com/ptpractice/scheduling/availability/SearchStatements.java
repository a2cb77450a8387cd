package com.ptpractice.scheduling.availability;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database client of the searches: the service's data source, with every statement
 * cancelled by PostgreSQL at {@code ptpractice.search.statement-timeout} (JDBC's query
 * timeout, whole seconds). Bookings and every other write keep the ordinary client.
 */
@Component
public class SearchStatements {

	private final JdbcClient client;

	SearchStatements(DataSource dataSource, SearchCapacity.Settings settings) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setQueryTimeout(Math.toIntExact(Math.max(1, settings.statementTimeout().toSeconds())));
		this.client = JdbcClient.create(template);
	}

	public JdbcClient client() {
		return this.client;
	}

}
