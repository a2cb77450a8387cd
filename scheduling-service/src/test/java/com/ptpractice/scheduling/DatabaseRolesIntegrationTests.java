package com.ptpractice.scheduling;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.ptpractice.common.test.DatabaseRolesContract;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling service runs as a role that cannot bend an appointment's history
 * (README, "Database roles"): every refused statement is tried as that role by
 * {@link DatabaseRolesContract}; booking, rescheduling and cancelling still work.
 */
class DatabaseRolesIntegrationTests extends ApiIntegrationTestSupport implements DatabaseRolesContract {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcClient jdbc;

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
		return Set.of("appointment_event", "waitlist_event");
	}

	@Test
	void theServiceStillBooksReschedulesAndCancelsAsItsOwnRole() {
		UUID clinic = openClinic("UT", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
		String id = this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(Map.of("patientId", UUID.randomUUID(), "therapistId", therapist, "clinicId", clinic, "type",
					"FOLLOW_UP", "startsAt", "2026-06-01T09:00:00-06:00"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		this.client.post()
			.uri("/appointments/{id}/reschedule", id)
			.headers(frontDesk())
			.body(Map.of("startsAt", "2026-06-01T11:00:00-06:00"))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.post()
			.uri("/appointments/{id}/cancel", id)
			.headers(frontDesk())
			.body(Map.of("reason", "Patient called"))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(this.jdbc.sql("SELECT kind FROM appointment_event WHERE appointment_id = :id ORDER BY seq")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("BOOKED", "RESCHEDULED", "CANCELLED");
	}

}
