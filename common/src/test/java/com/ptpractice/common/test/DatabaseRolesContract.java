package com.ptpractice.common.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database itself guarantees whatever the service does (README, "Database
 * roles"): the service's role owns nothing, so it can alter, disable or drop no table or
 * trigger; it may not write Flyway's history; its append-only tables refuse it UPDATE,
 * DELETE and TRUNCATE; every other table, including those of migrations written later, it
 * may read and write but never truncate. Each statement is tried for real as the
 * service's role (the application's own data source) inside a transaction that is rolled
 * back, and must be refused with PostgreSQL's insufficient_privilege (42501).
 *
 * <p>
 * A service's integration test implements this with its data source, its environment (for
 * the owner's credentials, {@code spring.flyway.user}) and its append-only tables.
 */
public interface DatabaseRolesContract {

	/** PostgreSQL's SQLSTATE for insufficient_privilege. */
	String INSUFFICIENT_PRIVILEGE = "42501";

	/** The application's data source, which connects as the service's role. */
	DataSource serviceRole();

	/** The application's environment, which names the owner (Flyway's credentials). */
	Environment environment();

	/** The tables that are appended to and never changed. */
	Set<String> appendOnlyTables();

	/** The tables whose rows may change but are never deleted. */
	default Set<String> undeletableTables() {
		return Set.of();
	}

	@Test
	default void theServiceRoleOwnsNothingAndMayCreateNoRolesDatabasesOrTables() {
		assertThat(query(serviceRole(), """
				SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole
				UNION ALL SELECT count(*) FROM pg_proc WHERE proowner = current_user::regrole
				UNION ALL SELECT count(*) FROM pg_type WHERE typowner = current_user::regrole
				UNION ALL SELECT count(*) FROM pg_namespace WHERE nspowner = current_user::regrole
				UNION ALL SELECT count(*) FROM pg_database WHERE datdba = current_user::regrole
				UNION ALL SELECT count(*) FROM pg_roles WHERE rolname = current_user
					AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls)
				UNION ALL SELECT count(*) FROM pg_auth_members WHERE member = current_user::regrole""", Long.class))
			.as("objects owned, role attributes and role memberships of the service's role")
			.containsOnly(0L);
		assertRefused("CREATE TABLE intruder (id int)", "permission denied for schema public");
		assertRefused("CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'",
				"permission denied for schema public");
	}

	@Test
	default void appendOnlyTablesRefuseUpdateDeleteAndTruncateToTheServiceRole() {
		assertThat(tables()).containsAll(appendOnlyTables());
		for (String table : appendOnlyTables()) {
			String column = firstColumnOf(table);
			assertRefused("UPDATE " + table + " SET " + column + " = " + column,
					"permission denied for table " + table);
			assertRefused("DELETE FROM " + table, "permission denied for table " + table);
			assertRefused("TRUNCATE " + table + " CASCADE", "permission denied for table " + table);
		}
	}

	@Test
	default void noTableOrTriggerCanBeAlteredDisabledOrDroppedByTheServiceRole() {
		List<String> tables = tables();
		assertThat(tables).isNotEmpty();
		for (String table : tables) {
			String[] mustOwn = { "must be owner of ", " " + table };
			assertRefused("ALTER TABLE " + table + " DISABLE TRIGGER ALL", mustOwn);
			assertRefused("ALTER TABLE " + table + " ADD COLUMN intruder int", mustOwn);
			assertRefused("ALTER TABLE " + table + " OWNER TO current_user", mustOwn);
			assertRefused("DROP TABLE " + table + " CASCADE", mustOwn);
			for (String trigger : triggersOf(table)) {
				assertRefused("ALTER TABLE " + table + " DISABLE TRIGGER " + trigger, mustOwn);
				assertRefused("DROP TRIGGER " + trigger + " ON " + table, mustOwn);
			}
		}
		for (String table : appendOnlyTables()) {
			assertThat(triggersOf(table)).as("triggers of " + table).isNotEmpty();
		}
	}

	@Test
	default void theServiceRoleMayReadButNeverWriteFlywaysHistory() {
		String history = environment().getProperty("spring.flyway.table", "flyway_schema_history");
		assertThat(query(serviceRole(), "SELECT count(*) FROM " + history, Long.class).get(0)).isPositive();
		assertRefused("DELETE FROM " + history, "permission denied for table " + history);
		assertRefused("UPDATE " + history + " SET success = false", "permission denied for table " + history);
		assertRefused("INSERT INTO " + history + " SELECT * FROM " + history + " LIMIT 1",
				"permission denied for table " + history);
	}

	@Test
	default void everyOtherTableIsReadAndWrittenButNeverTruncated() {
		for (String table : tables()) {
			List<Boolean> privileges = query(serviceRole(),
					"SELECT has_table_privilege(current_user, '" + table + "', privilege) FROM unnest("
							+ "ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES'])"
							+ " WITH ORDINALITY AS p(privilege, n) ORDER BY n",
					Boolean.class);
			boolean update = !appendOnlyTables().contains(table);
			boolean delete = update && !undeletableTables().contains(table);
			List<Boolean> expected = List.of(true, true, update, delete, false, false, false);
			assertThat(privileges).as("SELECT, INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES on " + table)
				.isEqualTo(expected);
		}
	}

	@Test
	default void aTableALaterMigrationCreatesIsTheServicesToUseWithoutAGrantOfItsOwn() {
		List<Boolean> granted = asOwner((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE a_later_migrations_table (id bigint GENERATED ALWAYS AS IDENTITY)");
				statement.execute("CREATE SEQUENCE a_later_migrations_sequence");
				List<Boolean> answers = new ArrayList<>();
				for (String check : List.of("has_table_privilege('%s', 'a_later_migrations_table', 'SELECT')",
						"has_table_privilege('%s', 'a_later_migrations_table', 'INSERT')",
						"has_table_privilege('%s', 'a_later_migrations_table', 'UPDATE')",
						"has_table_privilege('%s', 'a_later_migrations_table', 'DELETE')",
						"has_sequence_privilege('%s', 'a_later_migrations_sequence', 'USAGE')",
						"has_table_privilege('%s', 'a_later_migrations_table', 'TRUNCATE')")) {
					try (ResultSet row = statement.executeQuery("SELECT " + check.formatted(serviceRoleName()))) {
						row.next();
						answers.add(row.getBoolean(1));
					}
				}
				return answers;
			}
		});
		assertThat(granted).containsExactly(true, true, true, true, true, false);
	}

	@Test
	default void theAppendOnlyTablesTriggersStopTheOwnerToo() {
		for (String table : appendOnlyTables()) {
			String truncate = "TRUNCATE " + table + " CASCADE";
			SQLException refusal = asOwner((connection) -> attempt(connection, truncate));
			assertThat((Object) refusal).as(truncate + " as the owner").isNotNull();
			assertThat(refusal.getMessage()).as(truncate + " as the owner").contains("append-only");
			// tgtype bits: 1 row, 8 DELETE, 16 UPDATE; enabled 'O' (origin, the default)
			assertThat(query(serviceRole(),
					"SELECT coalesce(bool_or(tgtype & 8 <> 0) AND bool_or(tgtype & 16 <> 0), "
							+ "false) FROM pg_trigger WHERE tgrelid = '" + table + "'::regclass AND tgenabled = 'O' "
							+ "AND tgtype & 1 = 1",
					Boolean.class))
				.as("enabled row triggers of " + table + " for UPDATE and DELETE")
				.containsExactly(true);
		}
	}

	/**
	 * Runs a statement as the service's role in a transaction that is rolled back, and
	 * asserts PostgreSQL refused it with insufficient_privilege and the given message.
	 */
	default void assertRefused(String sql, String... message) {
		SQLException refusal;
		try (Connection connection = serviceRole().getConnection()) {
			refusal = attempt(connection, sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat((Object) refusal).as("refusal of " + sql).isNotNull();
		assertThat(refusal.getSQLState()).as("SQLSTATE of " + sql + " (" + refusal.getMessage() + ")")
			.isEqualTo(INSUFFICIENT_PRIVILEGE);
		assertThat(refusal.getMessage()).as(sql).contains(message);
	}

	/** The ordinary tables of the service's schema, Flyway's history left out. */
	default List<String> tables() {
		String history = environment().getProperty("spring.flyway.table", "flyway_schema_history");
		return query(serviceRole(), "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '"
				+ history + "' ORDER BY tablename", String.class);
	}

	private List<String> triggersOf(String table) {
		return query(serviceRole(), "SELECT tgname FROM pg_trigger WHERE tgrelid = '" + table
				+ "'::regclass AND NOT tgisinternal ORDER BY tgname", String.class);
	}

	private String firstColumnOf(String table) {
		return query(serviceRole(), "SELECT attname FROM pg_attribute WHERE attrelid = '" + table
				+ "'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attidentity = '' ORDER BY attnum LIMIT 1",
				String.class)
			.get(0);
	}

	private String serviceRoleName() {
		return query(serviceRole(), "SELECT current_user", String.class).get(0);
	}

	/** Runs work on a connection as the owner, in a transaction that is rolled back. */
	private <T> T asOwner(SqlWork<T> work) {
		Environment environment = environment();
		String url = environment.getProperty("spring.flyway.url",
				environment.getRequiredProperty("spring.datasource.url"));
		try (Connection connection = DriverManager.getConnection(url,
				environment.getRequiredProperty("spring.flyway.user"),
				environment.getProperty("spring.flyway.password", ""))) {
			connection.setAutoCommit(false);
			try {
				return work.apply(connection);
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> List<T> query(DataSource dataSource, String sql, Class<T> type) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<T> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getObject(1, type));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run " + sql + ": " + ex.getMessage(), ex);
		}
	}

	/** The refusal of a statement tried in a transaction that is rolled back. */
	private static @Nullable SQLException attempt(Connection connection, String sql) {
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
				return null;
			}
			catch (SQLException ex) {
				return ex;
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Work on a connection that may fail with an SQLException. */
	@FunctionalInterface
	interface SqlWork<T> {

		T apply(Connection connection) throws SQLException;

	}

}
