package com.ptpractice.common.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * A digest of every row of every table in the application's database, to prove that a
 * refused request changed nothing.
 */
final class DatabaseFingerprint {

	private static final String TABLES = """
			SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)
			FROM information_schema.tables
			WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
			ORDER BY 1""";

	private final DataSource dataSource;

	DatabaseFingerprint(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Per table: its row count and a digest of its rows. */
	Map<String, String> take() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery(TABLES)) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			Map<String, String> digests = new LinkedHashMap<>();
			for (String table : tables) {
				try (ResultSet rows = statement
					.executeQuery("SELECT count(*) || ' rows ' || coalesce(md5(string_agg(t::text, "
							+ "'|' ORDER BY t::text)), '') FROM " + table + " t")) {
					rows.next();
					digests.put(table, rows.getString(1));
				}
			}
			return digests;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database: " + ex.getMessage(), ex);
		}
	}

	/** The tables whose rows differ. */
	static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((table, digest) -> {
			if (!digest.equals(before.get(table))) {
				changed.add(table + " (" + before.get(table) + " -> " + digest + ")");
			}
		});
		before.keySet().stream().filter((table) -> !after.containsKey(table)).forEach(changed::add);
		return changed;
	}

}
