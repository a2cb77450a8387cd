package com.ptpractice.scheduling.atrisk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.common.test.AnotherInstance;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import com.ptpractice.scheduling.SchedulingApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, both asked at the same moment to run the
 * daily at-risk check (as their crons would): one runs it and records the day, the other
 * skips; a lock left by an instance that crashed holds until it lapses and is then taken.
 * The instances stand on a day of their own (20 January 2026), which no other test
 * records.
 */
class DailyAtRiskCheckAcrossInstancesIntegrationTests extends ApiIntegrationTestSupport {

	private static final Clock JANUARY_20 = Clock.fixed(Instant.parse("2026-01-20T15:00:00Z"), ZoneOffset.UTC);

	/** Eligible at whatever instant was asked (WireMock's response template). */
	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	private final List<StubMapping> stubbed = new ArrayList<>();

	@Autowired
	ConfigurableEnvironment environment;

	/**
	 * Three application contexts share two cores here: a stand-in's answer must not count
	 * as the service failing (the run would then rightly record nothing).
	 */
	@DynamicPropertySource
	static void patientReadTimeout(DynamicPropertyRegistry registry) {
		registry.add("ptpractice.services.read-timeout", () -> "10s");
	}

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void freeTheLock() {
		this.jdbc.sql("DELETE FROM shedlock WHERE name = :name").param("name", DailyAtRiskCheck.LOCK).update();
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void twoInstancesRunTheDayOnceAndACrashedHoldersLockLapses() throws Exception {
		// answers slow enough that both instances ask for the lock while the run is on
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(50)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template").withFixedDelay(200))));
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(50)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template").withFixedDelay(200))));
		insertUpcomingNeedlingVisit();
		freeTheLock();

		try (ConfigurableApplicationContext first = AnotherInstance.start(SchedulingApplication.class, this.environment,
				JANUARY_20);
				ConfigurableApplicationContext second = AnotherInstance.start(SchedulingApplication.class,
						this.environment, JANUARY_20)) {
			List<Boolean> ran = atTheSameMoment(first.getBean(DailyAtRiskCheck.class),
					second.getBean(DailyAtRiskCheck.class));

			assertThat(ran).containsExactlyInAnyOrder(true, false);
			assertThat(runsOnJanuary20()).isEqualTo(1);
			assertThat(this.jdbc
				.sql("SELECT count(*) FROM shedlock WHERE name = :name AND lock_until > now() at time zone 'utc'")
				.param("name", DailyAtRiskCheck.LOCK)
				.query(Integer.class)
				.single()).as("the lock is kept a while after the run").isEqualTo(1);

			// an instance that took the lock and crashed: its lock holds until it lapses
			this.jdbc.sql("""
					UPDATE shedlock SET locked_by = 'crashed-instance',
					    locked_at = now() at time zone 'utc' - interval '1 minute',
					    lock_until = now() at time zone 'utc' + interval '29 minutes'
					WHERE name = :name""").param("name", DailyAtRiskCheck.LOCK).update();
			assertThat(first.getBean(DailyAtRiskCheck.class).runUnlessAnotherInstanceDoes()).isFalse();
			this.jdbc.sql(
					"UPDATE shedlock SET lock_until = now() at time zone 'utc' - interval '1 second' WHERE name = :name")
				.param("name", DailyAtRiskCheck.LOCK)
				.update();
			assertThat(second.getBean(DailyAtRiskCheck.class).runUnlessAnotherInstanceDoes()).isTrue();
			assertThat(runsOnJanuary20()).as("the day stays recorded once").isEqualTo(1);
		}
	}

	private static List<Boolean> atTheSameMoment(DailyAtRiskCheck... instances) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Boolean>> runs = java.util.Arrays.stream(instances)
			.map((instance) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return instance.runUnlessAnotherInstanceDoes();
			}))
			.toList();
		start.countDown();
		return runs.stream().map(CompletableFuture::join).toList();
	}

	private int runsOnJanuary20() {
		return this.jdbc.sql("SELECT count(*) FROM at_risk_run WHERE day = DATE '2026-01-20'")
			.query(Integer.class)
			.single();
	}

	private void insertUpcomingNeedlingVisit() {
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), :clinic, 'DRY_NEEDLING', true,
				    TIMESTAMPTZ '2026-02-02T16:00:00Z', TIMESTAMPTZ '2026-02-02T16:30:00Z', 'BOOKED', 'test', now())""")
			.param("clinic", openClinic("UT", "America/Denver"))
			.update();
	}

}
