package com.ptpractice.scheduling.needling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation part of the needling rule: a patient's dry-needling visit needs an
 * initial evaluation at the practice, booked, checked in or completed (not cancelled, not
 * a no-show), that starts before it. What counts as such an evaluation is said once, in
 * {@link #qualifying}; both the booking's decision and the guard that keeps an evaluation
 * under the visits that depend on it use it.
 */
@Component
public class PriorEvaluations {

	private final JdbcClient jdbc;

	PriorEvaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the patient has such an evaluation starting before the instant. */
	public boolean existBefore(UUID patientId, Instant startsAt) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM appointment e WHERE e.patient_id = :patientId AND " + qualifying("e")
					+ " AND e.starts_at < :startsAt)")
			.param("patientId", patientId)
			.param("startsAt", startsAt.atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

	/**
	 * The patient's live (booked or checked-in) needling visits starting after
	 * {@code since} that have no qualifying evaluation before them, as the data stand in
	 * the caller's transaction, earliest first. Run after a change to an evaluation,
	 * under the patient's lock, it names the visits that change would leave without one.
	 */
	public List<UUID> needlingVisitsWithoutOne(UUID patientId, Instant since) {
		return this.jdbc.sql("""
				SELECT v.id FROM appointment v
				WHERE v.patient_id = :patientId AND v.involves_dry_needling
				  AND v.status IN ('BOOKED', 'CHECKED_IN') AND v.starts_at > :since
				  AND NOT EXISTS (SELECT 1 FROM appointment e WHERE e.patient_id = v.patient_id AND
				""" + qualifying("e") + """
				 AND e.starts_at < v.starts_at)
				ORDER BY v.starts_at, v.id""")
			.param("patientId", patientId)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list();
	}

	/**
	 * Passes unless the patient's change just made (in the caller's transaction, under
	 * the patient's lock) leaves live needling visits after {@code since} without a
	 * qualifying evaluation; then {@link EvaluationStillNeeded} names them.
	 */
	public void requireKept(UUID patientId, Instant since) {
		List<UUID> dependents = needlingVisitsWithoutOne(patientId, since);
		if (!dependents.isEmpty()) {
			throw new EvaluationStillNeeded(dependents);
		}
	}

	/** The one definition: an initial evaluation that is not cancelled or a no-show. */
	private static String qualifying(String alias) {
		return alias + ".type_code = 'INITIAL_EVALUATION' AND " + alias + ".status NOT IN ('CANCELLED', 'NO_SHOW')";
	}

	/** Whether an appointment type is the evaluation needling visits depend on. */
	public static boolean isEvaluation(String typeCode) {
		return "INITIAL_EVALUATION".equals(typeCode);
	}

}
