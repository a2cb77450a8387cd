package com.ptpractice.scheduling.clinics;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped advisory locks on a clinic: bookings hold it shared (many at once),
 * a change of the clinic holds it exclusively, so a clinic is not closed or moved to
 * another state or zone while a booking there is being committed.
 */
@Component
class ClinicLocks {

	private final JdbcClient jdbc;

	ClinicLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void shared(UUID clinicId) {
		lock("pg_advisory_xact_lock_shared", clinicId);
	}

	void exclusive(UUID clinicId) {
		lock("pg_advisory_xact_lock", clinicId);
	}

	private void lock(String function, UUID clinicId) {
		this.jdbc.sql("SELECT " + function + "(hashtextextended(:key, 0))")
			.param("key", "clinic:" + clinicId)
			.query((rs, row) -> 1)
			.list();
	}

}
