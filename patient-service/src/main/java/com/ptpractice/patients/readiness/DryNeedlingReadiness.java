package com.ptpractice.patients.readiness;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.needling.Decision;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.audit.AuditAction;
import com.ptpractice.patients.audit.PhiAccessLog;
import com.ptpractice.patients.consent.ConsentRecords;
import com.ptpractice.patients.consent.ConsentSnapshot;
import com.ptpractice.patients.records.PatientAccess;
import com.ptpractice.patients.screening.ScreeningRecords;
import com.ptpractice.patients.screening.ScreeningSnapshot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a patient is ready for dry needling at an appointment instant, for the
 * gateway's and the scheduling service's booking checks and for staff. Every decision
 * about a patient is audited.
 */
@Service
@Transactional
public class DryNeedlingReadiness {

	private static final String[] MAY_ASK_FOR_ANY_PATIENT = { Roles.SERVICE, Roles.FRONT_DESK, Roles.PRACTICE_ADMIN,
			Roles.THERAPIST };

	private final PatientAccess access;

	private final ConsentRecords consents;

	private final ScreeningRecords screenings;

	private final PhiAccessLog accessLog;

	DryNeedlingReadiness(PatientAccess access, ConsentRecords consents, ScreeningRecords screenings,
			PhiAccessLog accessLog) {
		this.access = access;
		this.consents = consents;
		this.screenings = screenings;
		this.accessLog = accessLog;
	}

	/**
	 * The decision for the patient at the instant. Staff and services asking about an
	 * unknown patient get a decision saying so, which a booking check can pass on with
	 * its other reasons; a patient asking about anyone but themselves gets
	 * {@link com.ptpractice.patients.records.PatientNotFound}.
	 */
	public Decision decide(UUID patientId, Instant at, Actor actor) {
		boolean staffOrService = actor.hasAnyRole(MAY_ASK_FOR_ANY_PATIENT);
		if (!staffOrService) {
			this.access.requireVisible(patientId, actor, MAY_ASK_FOR_ANY_PATIENT);
		}
		List<ConsentSnapshot> consents = this.consents.snapshotsOf(patientId);
		List<ScreeningSnapshot> screenings = this.screenings.snapshotsOf(patientId);
		// staff and services see every patient: that the record exists is all there is
		// to check, and a consent or a screening on file proves it (both reference the
		// patient), so only a patient with neither costs a query of its own
		if (staffOrService && consents.isEmpty() && screenings.isEmpty() && !this.access.exists(patientId)) {
			return ReadinessPolicy.unknownPatient(at);
		}
		Decision decision = ReadinessPolicy.evaluate(at, consents, screenings);
		this.accessLog.recordRead(patientId, actor, AuditAction.READ_READINESS);
		return decision;
	}

}
