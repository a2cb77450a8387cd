package com.ptpractice.patients.records;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.audit.AuditAction;
import com.ptpractice.patients.audit.PhiAccessLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding, reading and updating patients. Every access to a record is
 * written to the PHI access log in the same transaction.
 */
@Service
@Transactional
public class PatientRecords {

	private static final Logger log = LoggerFactory.getLogger(PatientRecords.class);

	private static final Sort BY_NAME = Sort.by("lastName", "firstName", "mrn");

	private final Patients patients;

	private final PatientAccess access;

	private final JdbcAggregateOperations aggregates;

	private final PhiAccessLog accessLog;

	private final Clock clock;

	PatientRecords(Patients patients, PatientAccess access, JdbcAggregateOperations aggregates, PhiAccessLog accessLog,
			Clock clock) {
		this.patients = patients;
		this.access = access;
		this.aggregates = aggregates;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Registers a new patient with the next record number.
	 * @param confirmedDifferentPerson the caller checked that patients with the same name
	 * and birth date are someone else
	 * @throws PossibleDuplicatePatient when such patients exist and the caller did not
	 * confirm; the match is logged as an access to them
	 */
	@Transactional(noRollbackFor = PossibleDuplicatePatient.class)
	public Patient register(PatientDetails details, boolean confirmedDifferentPerson, Actor actor) {
		if (!confirmedDifferentPerson) {
			rejectPossibleDuplicate(details, actor);
		}
		String mrn = MedicalRecordNumber.fromSequence(this.patients.nextRecordNumber());
		Patient patient = this.patients.save(Patient.register(mrn, details, actor.subject(), this.clock.instant()));
		this.accessLog.record(patient.id(), actor, AuditAction.REGISTER);
		log.info("Registered patient {}", patient.id());
		return patient;
	}

	public Patient read(UUID patientId, Actor actor) {
		Patient patient = this.access.visiblePatient(patientId, actor, Roles.FRONT_DESK, Roles.THERAPIST,
				Roles.PRACTICE_ADMIN);
		this.accessLog.recordRead(patient.id(), actor, AuditAction.READ);
		return patient;
	}

	/** The record linked to the calling patient's own login. */
	public Patient readOwn(Actor actor) {
		Patient patient = this.patients.findByLoginSubject(actor.subject()).orElseThrow(PatientNotFound::forOwnLogin);
		this.accessLog.recordRead(patient.id(), actor, AuditAction.READ);
		return patient;
	}

	/** One page of the patients matching, by name; each one returned is logged. */
	public Page<Patient> search(PatientSearch search, int page, int size, Actor actor) {
		Page<Patient> found = this.aggregates.findAll(Query.query(search.toCriteria()), Patient.class,
				PageRequest.of(page, size, BY_NAME));
		this.accessLog.recordEachRead(found.stream().map(Patient::id).toList(), actor, AuditAction.SEARCH_RESULT);
		return found;
	}

	public Patient updateDemographics(UUID patientId, PatientDetails details, int expectedVersion, Actor actor) {
		Patient patient = this.access.visiblePatient(patientId, actor, Roles.FRONT_DESK);
		patient.updateDemographics(details, expectedVersion);
		Patient saved = this.patients.save(patient);
		this.accessLog.record(patientId, actor, AuditAction.UPDATE_DEMOGRAPHICS);
		return saved;
	}

	/**
	 * Links the record to the patient's own login, replacing any earlier link.
	 * @throws LoginAlreadyLinked when that login belongs to another patient's record
	 */
	public void linkLogin(UUID patientId, String loginSubject, Actor actor) {
		Patient patient = this.access.visiblePatient(patientId, actor, Roles.FRONT_DESK);
		this.patients.findByLoginSubject(loginSubject)
			.filter((other) -> !other.id().equals(patientId))
			.ifPresent((other) -> {
				throw new LoginAlreadyLinked();
			});
		patient.linkLogin(loginSubject);
		try {
			this.patients.save(patient);
		}
		catch (DuplicateKeyException ex) {
			// linked elsewhere by a concurrent request
			throw new LoginAlreadyLinked();
		}
		this.accessLog.record(patientId, actor, AuditAction.LINK_LOGIN);
	}

	/** Removes the link to the patient's own login, if there is one. */
	public void unlinkLogin(UUID patientId, Actor actor) {
		Patient patient = this.access.visiblePatient(patientId, actor, Roles.FRONT_DESK);
		patient.unlinkLogin();
		this.patients.save(patient);
		this.accessLog.record(patientId, actor, AuditAction.UNLINK_LOGIN);
	}

	private void rejectPossibleDuplicate(PatientDetails details, Actor actor) {
		List<Patient> samePerson = this.patients.findSamePerson(details.firstName(), details.lastName(),
				details.birthDate());
		if (!samePerson.isEmpty()) {
			this.accessLog.recordEach(samePerson.stream().map(Patient::id).toList(), actor,
					AuditAction.DUPLICATE_MATCH);
			throw new PossibleDuplicatePatient(samePerson.stream().map(Patient::mrn).toList());
		}
	}

}
