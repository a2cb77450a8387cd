package com.ptpractice.patients.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.common.security.Roles;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.audit.AuditAction;
import com.ptpractice.patients.audit.PhiAccessLog;
import com.ptpractice.patients.records.PatientAccess;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists record screenings and clear flagged contraindications, and correct either by
 * a new record that points at the one it corrects; therapists and the patient read the
 * history as it stands. Every access is audited.
 */
@Service
@Transactional
public class ScreeningRecords {

	private final Screenings screenings;

	private final Clearances clearances;

	private final JdbcAggregateOperations aggregates;

	private final PatientAccess access;

	private final PhiAccessLog accessLog;

	private final Clock clock;

	private final JdbcClient jdbc;

	ScreeningRecords(Screenings screenings, Clearances clearances, JdbcAggregateOperations aggregates,
			PatientAccess access, PhiAccessLog accessLog, Clock clock, JdbcClient jdbc) {
		this.screenings = screenings;
		this.clearances = clearances;
		this.aggregates = aggregates;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Records a new screening, which supersedes the last one and its clearances.
	 * @throws IncompleteScreening unless every contraindication is answered exactly once
	 */
	public Screening record(UUID patientId, List<ScreeningAnswer> answers, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		lockScreeningsOf(patientId);
		Screening screening = Screening.record(patientId, answers, actor.subject(), this.clock.instant());
		this.aggregates.insert(screening);
		this.accessLog.record(patientId, actor, AuditAction.RECORD_SCREENING);
		return screening;
	}

	/**
	 * Corrects the patient's latest screening: a new record with the right answers that
	 * points at it and keeps when the patient was screened. Its clearances do not carry
	 * over.
	 * @throws ScreeningNotFound when the patient has no such screening
	 * @throws ScreeningSuperseded when a later screening or a correction exists
	 * @throws IncompleteScreening unless every contraindication is answered exactly once
	 */
	public Screening correct(UUID patientId, UUID screeningId, List<ScreeningAnswer> answers, String reason,
			Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		lockScreeningsOf(patientId);
		Screening screening = latestScreening(patientId, screeningId);
		Screening correction = screening.correct(answers, reason, actor.subject(), this.clock.instant());
		this.aggregates.insert(correction);
		this.accessLog.record(patientId, actor, AuditAction.CORRECT_SCREENING);
		return correction;
	}

	/**
	 * Clears flagged contraindications of the patient's latest screening.
	 * @throws ScreeningNotFound when the patient has no such screening
	 * @throws ScreeningSuperseded when a later screening exists
	 * @throws ContraindicationsNotFlagged when one of them was not flagged
	 */
	public Clearance clear(UUID patientId, UUID screeningId, Set<Contraindication> contraindications, String note,
			Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		lockScreeningsOf(patientId);
		Screening screening = latestScreening(patientId, screeningId);
		Clearance clearance = screening.clear(contraindications, note, actor.subject(), this.clock.instant());
		this.aggregates.insert(clearance);
		this.accessLog.record(patientId, actor, AuditAction.RECORD_CLEARANCE);
		return clearance;
	}

	/**
	 * Corrects a clearance of the patient's latest screening: a new clearance that points
	 * at it and clears what it should have (nothing, to withdraw it).
	 * @throws ScreeningNotFound when the patient has no such screening
	 * @throws ScreeningSuperseded when a later screening or a correction exists
	 * @throws ClearanceNotFound when the screening has no such clearance
	 * @throws ClearanceSuperseded when the clearance has been corrected already
	 * @throws ContraindicationsNotFlagged when one of them was not flagged
	 */
	public Clearance correctClearance(UUID patientId, UUID screeningId, UUID clearanceId,
			Set<Contraindication> contraindications, String note, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		lockScreeningsOf(patientId);
		Screening screening = latestScreening(patientId, screeningId);
		Clearance corrected = this.clearances.findById(clearanceId)
			.filter((found) -> found.screeningId().equals(screeningId))
			.orElseThrow(() -> new ClearanceNotFound(clearanceId));
		if (this.clearances.existsByCorrectsId(clearanceId)) {
			throw new ClearanceSuperseded(clearanceId);
		}
		Clearance correction = screening.correctClearance(corrected, contraindications, note, actor.subject(),
				this.clock.instant());
		this.aggregates.insert(correction);
		this.accessLog.record(patientId, actor, AuditAction.CORRECT_CLEARANCE);
		return correction;
	}

	/**
	 * The patient's screenings as they stand, newest first: the latest record of each
	 * chain of corrections, each with its clearances as they stand (a withdrawn one left
	 * out).
	 */
	public List<ScreeningHistory> history(UUID patientId, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		this.accessLog.recordRead(patientId, actor, AuditAction.READ_SCREENINGS);
		List<ScreeningHistory> all = historyOf(patientId);
		Set<UUID> correctedScreenings = all.stream()
			.map((history) -> history.screening().correctsId())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return all.stream()
			.filter((history) -> !correctedScreenings.contains(history.screening().id()))
			.map((history) -> new ScreeningHistory(history.screening(), standing(history.clearances())))
			.toList();
	}

	/**
	 * What the readiness rule needs of each of the patient's screenings, corrected ones
	 * and corrections included (the rule takes what was recorded by its instant). Checks
	 * no access and writes no audit: the caller does both.
	 */
	@Transactional(readOnly = true)
	public List<ScreeningSnapshot> snapshotsOf(UUID patientId) {
		return historyOf(patientId).stream().map(ScreeningRecords::snapshotOf).toList();
	}

	private List<ScreeningHistory> historyOf(UUID patientId) {
		List<Screening> found = this.screenings.findWithAnswersNewestFirst(patientId);
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Clearance>> clearancesByScreening = this.clearances
			.findByScreeningIdInOrderByClearedAt(found.stream().map(Screening::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Clearance::screeningId));
		return found.stream()
			.map((screening) -> new ScreeningHistory(screening,
					clearancesByScreening.getOrDefault(screening.id(), List.of())))
			.toList();
	}

	/** The clearances that stand: not corrected, and clearing something. */
	private static List<Clearance> standing(List<Clearance> clearances) {
		Set<UUID> corrected = clearances.stream()
			.map(Clearance::correctsId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return clearances.stream()
			.filter((clearance) -> !corrected.contains(clearance.id()) && !clearance.contraindications().isEmpty())
			.toList();
	}

	/**
	 * The patient's screening with this id, which must be the latest record.
	 * @throws ScreeningNotFound when the patient has no such screening
	 * @throws ScreeningSuperseded when a later screening or a correction exists
	 */
	private Screening latestScreening(UUID patientId, UUID screeningId) {
		Screening screening = this.screenings.findById(screeningId)
			.filter((found) -> found.patientId().equals(patientId))
			.orElseThrow(() -> new ScreeningNotFound(screeningId));
		this.screenings.findFirstByPatientIdOrderByRecordedAtDesc(patientId)
			.filter((latest) -> !latest.id().equals(screening.id()))
			.ifPresent((latest) -> {
				throw new ScreeningSuperseded(screening.id());
			});
		return screening;
	}

	/**
	 * Serializes the writers of one patient's screenings and clearances until the
	 * transaction ends, so that "the latest record" cannot change between the check and
	 * the insert.
	 */
	private void lockScreeningsOf(UUID patientId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('screenings ' || :patient, 0))")
			.param("patient", patientId.toString())
			.query((row, number) -> 1)
			.single();
	}

	private static ScreeningSnapshot snapshotOf(ScreeningHistory history) {
		return new ScreeningSnapshot(history.screening().recordedAt(), history.screening().screenedAt(),
				history.screening().flagged(),
				history.clearances()
					.stream()
					.map((clearance) -> new ScreeningSnapshot.ClearanceSnapshot(clearance.id(), clearance.correctsId(),
							clearance.clearedAt(), clearance.contraindications()))
					.toList());
	}

}
