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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh databases for one test JVM: each name is created once, on first use, and dropped
 * when the JVM exits. Each has two roles of its own, as a deployment does (README,
 * "Database roles"): an owner, which owns the database and runs the migrations, and the
 * service's role, which owns nothing and gets only what the migrations grant it; both are
 * dropped with the database. Databases and roles that an earlier, crashed run left behind
 * for more than a day are dropped too, so a shared server does not fill up.
 */
final class PostgresTestDatabases {

	static final String PREFIX = "ptp_test_";

	private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabases.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,20}");

	private static final String OWNER_SUFFIX = "_owner";

	private static final String SERVICE_SUFFIX = "_app";

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
		String password = UUID.randomUUID().toString();
		Role owner = new Role(database + OWNER_SUFFIX, password);
		Role service = new Role(database + SERVICE_SUFFIX, password);
		server.withConnection((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE ROLE " + owner.name() + " LOGIN PASSWORD '" + password + "'");
				statement.execute("CREATE ROLE " + service.name() + " LOGIN PASSWORD '" + password + "'");
				statement.execute("CREATE DATABASE " + database + " OWNER " + owner.name());
				return null;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create test database " + database + " and its roles", ex);
			}
		});
		log.info("Test database {} (owner {}, service role {}) created on the {}", database, owner.name(),
				service.name(), server.origin());
		return new TestDatabase(database, server.urlOf(database), owner, service);
	}

	private void dropAll() {
		this.databases.values().forEach((database) -> drop(this.server, database.name()));
	}

	private static void dropAbandoned(PostgresServer server) {
		String dayAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(1).format(STAMP);
		names(server, "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'").stream()
			.filter((name) -> stampOf(name).compareTo(dayAgo) < 0)
			.forEach((name) -> drop(server, name));
		names(server, "SELECT rolname FROM pg_roles WHERE rolname LIKE '" + PREFIX + "%'").stream()
			.filter((name) -> stampOf(databaseOf(name)).compareTo(dayAgo) < 0)
			.forEach((name) -> dropRoles(server, name));
	}

	private static List<String> names(PostgresServer server, String query) {
		return server.withConnection((connection) -> {
			List<String> names = new ArrayList<>();
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot list " + query, ex);
			}
			return names;
		});
	}

	private static String stampOf(String database) {
		String[] parts = database.split("_");
		return (parts.length >= 2) ? parts[parts.length - 2] : "";
	}

	private static String databaseOf(String role) {
		return role.substring(0, role.lastIndexOf('_'));
	}

	private static void drop(PostgresServer server, String database) {
		execute(server, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		dropRoles(server, database + OWNER_SUFFIX, database + SERVICE_SUFFIX);
	}

	private static void dropRoles(PostgresServer server, String... roles) {
		execute(server, "DROP ROLE IF EXISTS " + String.join(", ", roles));
	}

	private static void execute(PostgresServer server, String sql) {
		try {
			server.withConnection((connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
					return null;
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not clean up the test database ({}): {}", sql, ex.getMessage());
		}
	}

	/**
	 * One fresh database and how to reach it.
	 *
	 * @param name the database's name
	 * @param url its JDBC URL
	 * @param owner the role that owns it and runs the migrations
	 * @param service the role the service runs as
	 */
	record TestDatabase(String name, String url, Role owner, Role service) {
	}

	/**
	 * A login role of a test database.
	 *
	 * @param name the role's name
	 * @param password its password
	 */
	record Role(String name, String password) {
	}

}
