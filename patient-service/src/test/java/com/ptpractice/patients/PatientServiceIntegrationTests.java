package com.ptpractice.patients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientServiceIntegrationTests extends PatientApiTests {

	@Test
	void flywayMigratesTheRealDatabase() {
		Integer applied = this.jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success", Integer.class);
		assertThat(applied).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SHOW server_version_num", Integer.class)).isGreaterThanOrEqualTo(130000);
		assertThat(this.jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success", String.class))
			.contains("2");
	}

	@Test
	void servesItsOpenApiDocumentWithoutAToken() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/patients'].post")
			.exists()
			.jsonPath("$.paths['/patients/{id}/dry-needling-readiness'].get")
			.exists()
			.jsonPath("$.paths['/patients/audit'].get")
			.exists();
	}

}
