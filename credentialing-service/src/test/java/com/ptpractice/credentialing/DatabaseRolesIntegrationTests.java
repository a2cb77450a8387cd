package com.ptpractice.credentialing;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.ptpractice.common.test.DatabaseRolesContract;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credentialing service runs as a role that cannot bend its audit or the state rules
 * (README, "Database roles"): every refused statement is tried as that role by
 * {@link DatabaseRolesContract}; registering and verifying credentials still works.
 */
class DatabaseRolesIntegrationTests extends CredentialingApiTests implements DatabaseRolesContract {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@Override
	public DataSource serviceRole() {
		return this.dataSource;
	}

	@Override
	public Environment environment() {
		return this.environment;
	}

	@Override
	public Set<String> appendOnlyTables() {
		return Set.of("audit_entry", "state_rule");
	}

	@Test
	void theServiceStillRegistersAndVerifiesCredentialsAsItsOwnRole() {
		Long before = this.jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
		UUID therapist = createTherapist();
		addVerified(therapist, license("UT", "2015-01-01", null));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE subject_id = ?", Long.class,
				therapist.toString()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class) - before)
			.as("therapist registered, license added, license verified")
			.isGreaterThanOrEqualTo(3);
	}

}
