package com.ptpractice.patients.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.common.security.Roles;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.audit.AuditAction;
import com.ptpractice.patients.audit.PhiAccessLog;
import com.ptpractice.patients.records.PatientAccess;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists record screenings and clear flagged contraindications; therapists and the
 * patient read the history. Every access is audited.
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

	ScreeningRecords(Screenings screenings, Clearances clearances, JdbcAggregateOperations aggregates,
			PatientAccess access, PhiAccessLog accessLog, Clock clock) {
		this.screenings = screenings;
		this.clearances = clearances;
		this.aggregates = aggregates;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Records a new screening, which supersedes the last one and its clearances.
	 * @throws IncompleteScreening unless every contraindication is answered exactly once
	 */
	public Screening record(UUID patientId, List<ScreeningAnswer> answers, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		Screening screening = Screening.record(patientId, answers, actor.subject(), this.clock.instant());
		this.aggregates.insert(screening);
		this.accessLog.record(patientId, actor, AuditAction.RECORD_SCREENING);
		return screening;
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
		Screening screening = this.screenings.findById(screeningId)
			.filter((found) -> found.patientId().equals(patientId))
			.orElseThrow(() -> new ScreeningNotFound(screeningId));
		requireLatest(screening);
		Clearance clearance = screening.clear(contraindications, note, actor.subject(), this.clock.instant());
		this.aggregates.insert(clearance);
		this.accessLog.record(patientId, actor, AuditAction.RECORD_CLEARANCE);
		return clearance;
	}

	/** The patient's screenings, newest first, each with its clearances. */
	public List<ScreeningHistory> history(UUID patientId, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.THERAPIST);
		this.accessLog.record(patientId, actor, AuditAction.READ_SCREENINGS);
		return historyOf(patientId);
	}

	/**
	 * What the readiness rule needs of each of the patient's screenings. Checks no access
	 * and writes no audit: the caller does both.
	 */
	@Transactional(readOnly = true)
	public List<ScreeningSnapshot> snapshotsOf(UUID patientId) {
		return historyOf(patientId).stream().map(ScreeningRecords::snapshotOf).toList();
	}

	private List<ScreeningHistory> historyOf(UUID patientId) {
		List<Screening> found = this.screenings.findByPatientIdOrderByRecordedAtDesc(patientId);
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

	private void requireLatest(Screening screening) {
		this.screenings.findFirstByPatientIdOrderByRecordedAtDesc(screening.patientId())
			.filter((latest) -> !latest.id().equals(screening.id()))
			.ifPresent((latest) -> {
				throw new ScreeningSuperseded(screening.id());
			});
	}

	private static ScreeningSnapshot snapshotOf(ScreeningHistory history) {
		return new ScreeningSnapshot(history.screening().recordedAt(), history.screening().flagged(),
				history.clearances()
					.stream()
					.map((clearance) -> new ScreeningSnapshot.ClearanceSnapshot(clearance.clearedAt(),
							clearance.contraindications()))
					.toList());
	}

}
