package com.ptpractice.patients.records;

import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.patients.audit.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which patient. Staff in one of the roles a use case names see every
 * patient; a patient sees only the record linked to their own login, and any other id is
 * "not found" to them, never "forbidden", so ids cannot be probed.
 */
@Service
@Transactional(readOnly = true)
public class PatientAccess {

	private final Patients patients;

	PatientAccess(Patients patients) {
		this.patients = patients;
	}

	/**
	 * Checks the actor may see the patient.
	 * @param staffRoles the roles that may see any patient in this use case
	 * @throws PatientNotFound when there is no such patient or the actor may not see it
	 */
	public void requireVisible(UUID patientId, Actor actor, String... staffRoles) {
		visiblePatient(patientId, actor, staffRoles);
	}

	public boolean exists(UUID patientId) {
		return this.patients.existsById(patientId);
	}

	Patient visiblePatient(UUID patientId, Actor actor, String... staffRoles) {
		Patient patient = this.patients.findById(patientId).orElseThrow(() -> new PatientNotFound(patientId));
		if (actor.hasAnyRole(staffRoles)) {
			return patient;
		}
		if (actor.hasRole(Roles.PATIENT) && patient.isLinkedTo(actor.subject())) {
			return patient;
		}
		throw new PatientNotFound(patientId);
	}

}
