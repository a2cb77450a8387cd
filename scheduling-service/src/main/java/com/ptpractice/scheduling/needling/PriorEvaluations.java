package com.ptpractice.scheduling.needling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation part of the needling rule: a patient's dry-needling visit needs an
 * initial evaluation at the practice, booked, checked in or completed (not cancelled, not
 * a no-show), that starts before it.
 */
@Component
public class PriorEvaluations {

	private final JdbcClient jdbc;

	PriorEvaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the patient has such an evaluation starting before the instant. */
	public boolean existBefore(UUID patientId, Instant startsAt) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM appointment
				    WHERE patient_id = :patientId AND type_code = 'INITIAL_EVALUATION'
				      AND status NOT IN ('CANCELLED', 'NO_SHOW') AND starts_at < :startsAt)""")
			.param("patientId", patientId)
			.param("startsAt", startsAt.atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

}
