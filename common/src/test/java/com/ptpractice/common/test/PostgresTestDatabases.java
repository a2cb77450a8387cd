package com.ptpractice.common.test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh databases for one test JVM: each name is created once, on first use, and dropped
 * when the JVM exits. Databases that an earlier, crashed run left behind for more than a
 * day are dropped too, so a shared server does not fill up.
 */
final class PostgresTestDatabases {

	static final String PREFIX = "ptp_test_";

	private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabases.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,20}");

	private static final PostgresTestDatabases INSTANCE = new PostgresTestDatabases();

	private final Map<String, TestDatabase> databases = new ConcurrentHashMap<>();

	private volatile PostgresServer server;

	private PostgresTestDatabases() {
	}

	static TestDatabase forName(String name) {
		if (!SAFE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Test database name must match " + SAFE_NAME + ": " + name);
		}
		return INSTANCE.databases.computeIfAbsent(name, INSTANCE::create);
	}

	private synchronized PostgresServer server() {
		if (this.server == null) {
			this.server = PostgresServer.locate(System.getenv());
			dropAbandoned(this.server);
			Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drop-test-databases"));
		}
		return this.server;
	}

	private TestDatabase create(String name) {
		PostgresServer server = server();
		String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
		String database = PREFIX + name + "_" + stamp + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
		server.withConnection((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + database);
				return null;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create test database " + database, ex);
			}
		});
		log.info("Test database {} created on the {}", database, server.origin());
		return new TestDatabase(database, server.urlOf(database), server.username(), server.password());
	}

	private void dropAll() {
		this.databases.values().forEach((database) -> drop(this.server, database.name()));
	}

	private static void dropAbandoned(PostgresServer server) {
		String dayAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(1).format(STAMP);
		List<String> abandoned = server.withConnection((connection) -> {
			List<String> names = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement
						.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot list databases", ex);
			}
			return names;
		});
		abandoned.stream().filter((name) -> stampOf(name).compareTo(dayAgo) < 0).forEach((name) -> drop(server, name));
	}

	private static String stampOf(String database) {
		String[] parts = database.split("_");
		return (parts.length >= 2) ? parts[parts.length - 2] : "";
	}

	private static void drop(PostgresServer server, String database) {
		try {
			server.withConnection((connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
					return null;
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not drop test database {}: {}", database, ex.getMessage());
		}
	}

	/**
	 * One fresh database and how to reach it.
	 */
	record TestDatabase(String name, String url, String username, String password) {
	}

}
