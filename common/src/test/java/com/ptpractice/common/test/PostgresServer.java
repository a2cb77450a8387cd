package com.ptpractice.common.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the integration tests run against, found in this order: a JDBC
 * URL given in the environment, the local server on 127.0.0.1:5432, Testcontainers when a
 * Docker engine runs. With none of them the tests fail and say how to provide one.
 *
 * @param adminUrl JDBC URL of a database on the server the user may connect to
 * @param username a user allowed to create and drop databases
 * @param password that user's password
 * @param origin where the server came from, for messages
 */
record PostgresServer(String adminUrl, String username, String password, String origin) {

	static final String URL_VARIABLE = "TEST_DATABASE_URL";

	static final String USERNAME_VARIABLE = "TEST_DATABASE_USERNAME";

	static final String PASSWORD_VARIABLE = "TEST_DATABASE_PASSWORD";

	private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

	static PostgresServer locate(Map<String, String> environment) {
		return fromEnvironment(environment).or(() -> local(environment))
			.or(PostgresServer::testcontainers)
			.orElseThrow(() -> new IllegalStateException("""
					No PostgreSQL server for the integration tests. Provide one of:
					  - %s (with %s and %s) naming a server where that user may create databases,
					    e.g. %s=jdbc:postgresql://db.example:5432/postgres;
					  - a PostgreSQL on 127.0.0.1:5432 that accepts the user 'postgres' (or $PGUSER);
					  - a running Docker engine, so Testcontainers can start postgres:15-alpine."""
				.formatted(URL_VARIABLE, USERNAME_VARIABLE, PASSWORD_VARIABLE, URL_VARIABLE)));
	}

	static Optional<PostgresServer> fromEnvironment(Map<String, String> environment) {
		String url = environment.get(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		PostgresServer server = new PostgresServer(url, environment.getOrDefault(USERNAME_VARIABLE, "postgres"),
				environment.getOrDefault(PASSWORD_VARIABLE, ""), "environment variable " + URL_VARIABLE);
		server.checkConnects();
		return Optional.of(server);
	}

	private static Optional<PostgresServer> local(Map<String, String> environment) {
		PostgresServer server = new PostgresServer(LOCAL_URL, environment.getOrDefault("PGUSER", "postgres"),
				environment.getOrDefault("PGPASSWORD", ""), "local server on 127.0.0.1:5432");
		return server.connects() ? Optional.of(server) : Optional.empty();
	}

	@SuppressWarnings("resource") // the container lives as long as the test JVM; Ryuk
									// removes it
	private static Optional<PostgresServer> testcontainers() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			return Optional.empty();
		}
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
		container.start();
		return Optional.of(new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers"));
	}

	/** The JDBC URL of another database on the same server. */
	String urlOf(String database) {
		Matcher matcher = DATABASE_IN_URL.matcher(this.adminUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("Not a jdbc:postgresql://host/database URL: " + this.adminUrl);
		}
		return matcher.group(1) + database + matcher.group(3);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.adminUrl, this.username, this.password);
	}

	<T> T withConnection(Function<Connection, T> work) {
		try (Connection connection = connect()) {
			return work.apply(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL from " + this.origin + " failed: " + ex.getMessage(), ex);
		}
	}

	private boolean connects() {
		return connectionProblem() == null;
	}

	private void checkConnects() {
		String problem = connectionProblem();
		if (problem != null) {
			throw new IllegalStateException("Cannot connect to the PostgreSQL named by " + URL_VARIABLE + " ("
					+ this.adminUrl + ") as " + this.username + ": " + problem);
		}
	}

	private @Nullable String connectionProblem() {
		DriverManager.setLoginTimeout(3);
		try (Connection connection = connect()) {
			return connection.isValid(3) ? null : "connection not valid";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

}
