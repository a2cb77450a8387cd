package com.ptpractice.scheduling;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.common.test.ServiceContractTests;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest("scheduling")
class SchedulingServiceIntegrationTests extends ServiceContractTests {

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
		assertThat(this.jdbc.queryForList("SELECT extname FROM pg_extension", String.class)).contains("btree_gist");
		assertThat(this.jdbc.queryForObject("SHOW server_version_num", Integer.class)).isGreaterThanOrEqualTo(130000);
	}

	@Test
	void connectionsRunWithoutJit() {
		assertThat(this.jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
	}

	@Test
	void listsTheSeededAppointmentTypesToASignedInUser() {
		this.client.get()
			.uri("/appointment-types")
			.headers(bearer(issuer.token("front-desk-1", Roles.FRONT_DESK)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'DRY_NEEDLING')].involvesDryNeedling")
			.isEqualTo(List.of(true))
			.jsonPath("$[?(@.code == 'INITIAL_EVALUATION')].durationMinutes")
			.isEqualTo(List.of(60));
	}

	@Test
	void theClinicFinderNeedsNoToken() {
		// without a token the finder answers (here: 400 for the missing service), not 401
		this.client.get()
			.uri("/public/clinics")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("service");
	}

}
