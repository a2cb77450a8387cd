package com.ptpractice.patients;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.common.test.ServiceContractTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest("patients")
class PatientServiceIntegrationTests extends ServiceContractTests {

	@Autowired
	JdbcTemplate jdbc;

	@Override
	protected String allowedRole() {
		return Roles.FRONT_DESK;
	}

	@Test
	void flywayMigratesTheRealDatabase() {
		Integer applied = this.jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success", Integer.class);
		assertThat(applied).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SHOW server_version_num", Integer.class)).isGreaterThanOrEqualTo(130000);
	}

}
