package com.ptpractice.scheduling;

import com.ptpractice.common.test.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@PostgresTest("scheduling")
class SchedulingServiceIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RestTestClient client;

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
	void reportsLivenessAndReadiness() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void exposesOnlyHealthInfoAndPrometheus() {
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		this.client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
	}

	@Test
	void unknownPathIsAProblemNotAPage() {
		this.client.get()
			.uri("/no/such/thing")
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/not-found");
	}

}
