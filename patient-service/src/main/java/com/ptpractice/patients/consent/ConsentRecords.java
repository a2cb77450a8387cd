package com.ptpractice.patients.consent;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.audit.AuditAction;
import com.ptpractice.patients.audit.PhiAccessLog;
import com.ptpractice.patients.records.PatientAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front desks record and revoke dry-needling consent; staff and the patient read the
 * history. Every access is audited.
 */
@Service
@Transactional
public class ConsentRecords {

	private final Consents consents;

	private final PatientAccess access;

	private final PhiAccessLog accessLog;

	private final Clock clock;

	ConsentRecords(Consents consents, PatientAccess access, PhiAccessLog accessLog, Clock clock) {
		this.consents = consents;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Records a signed consent form.
	 * @throws InvalidConsent when the form cannot be recorded as entered
	 */
	public Consent record(UUID patientId, ConsentForm form, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.FRONT_DESK);
		Consent consent = this.consents.save(Consent.record(patientId, form, actor.subject(), this.clock.instant()));
		this.accessLog.record(patientId, actor, AuditAction.RECORD_CONSENT);
		return consent;
	}

	/**
	 * Revokes a consent now.
	 * @throws ConsentNotFound when the patient has no such consent
	 * @throws ConsentAlreadyRevoked when it was revoked before
	 */
	public Consent revoke(UUID patientId, UUID consentId, String reason, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.FRONT_DESK);
		Consent consent = this.consents.findById(consentId)
			.filter((found) -> found.patientId().equals(patientId))
			.orElseThrow(() -> new ConsentNotFound(consentId));
		consent.revoke(actor.subject(), reason, this.clock.instant());
		Consent saved = this.consents.save(consent);
		this.accessLog.record(patientId, actor, AuditAction.REVOKE_CONSENT);
		return saved;
	}

	/** The patient's consents, newest signature first. */
	public List<Consent> history(UUID patientId, Actor actor) {
		this.access.requireVisible(patientId, actor, Roles.FRONT_DESK, Roles.THERAPIST);
		this.accessLog.recordRead(patientId, actor, AuditAction.READ_CONSENTS);
		return this.consents.findByPatientIdOrderBySignedAtDesc(patientId);
	}

	/**
	 * What the readiness rule needs of each of the patient's consents. Checks no access
	 * and writes no audit: the caller does both.
	 */
	@Transactional(readOnly = true)
	public List<ConsentSnapshot> snapshotsOf(UUID patientId) {
		return this.consents.findByPatientIdOrderBySignedAtDesc(patientId).stream().map(Consent::snapshot).toList();
	}

}
