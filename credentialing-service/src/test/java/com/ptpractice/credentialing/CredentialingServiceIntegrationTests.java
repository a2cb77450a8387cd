package com.ptpractice.credentialing;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.common.test.ServiceContractTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest("credentialing")
class CredentialingServiceIntegrationTests extends ServiceContractTests {

	@Autowired
	JdbcTemplate jdbc;

	@Override
	protected String allowedRole() {
		return Roles.CREDENTIALING_ADMIN;
	}

	@Test
	void flywayMigratesTheRealDatabase() {
		Integer applied = this.jdbc.queryForObject(
				"SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success", Integer.class);
		assertThat(applied).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SHOW server_version_num", Integer.class)).isGreaterThanOrEqualTo(130000);
	}

	@Test
	void patientsAreRefusedWithA403Problem() {
		this.client.get()
			.uri("/therapists")
			.headers(bearer(issuer.token("patient-1", Roles.PATIENT)))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/forbidden");
	}

	@Test
	void servesItsOpenApiDocumentWithoutAToken() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Credentialing service")
			.jsonPath("$.paths['/eligibility/dry-needling'].get")
			.exists()
			.jsonPath("$.paths['/eligibility/dry-needling/batch'].post")
			.exists()
			.jsonPath("$.paths['/therapists/{therapistId}/credentials/{credentialId}/verification'].post")
			.exists();
	}

}
