package com.ptpractice.patients.records.web;

import java.time.LocalDate;
import java.util.UUID;

import com.ptpractice.patients.records.AdministrativeSex;
import com.ptpractice.patients.records.Patient;
import org.jspecify.annotations.Nullable;

/**
 * A patient's record.
 *
 * @param id the patient's id
 * @param mrn the medical record number
 * @param firstName given name
 * @param lastName family name
 * @param birthDate date of birth
 * @param sex administrative sex
 * @param phone phone number in E.164 form
 * @param email email address
 * @param address postal address
 * @param preferredClinicId the clinic the patient prefers
 * @param loginLinked whether the patient's own login is linked to the record
 * @param version send it back with an update
 */
record PatientResponse(UUID id, String mrn, String firstName, String lastName, LocalDate birthDate,
		AdministrativeSex sex, String phone, @Nullable String email, AddressRequest address,
		@Nullable UUID preferredClinicId, boolean loginLinked, int version) {

	static PatientResponse of(Patient patient) {
		return new PatientResponse(patient.id(), patient.mrn(), patient.firstName(), patient.lastName(),
				patient.birthDate(), patient.sex(), patient.phone(), patient.email(),
				AddressRequest.of(patient.address()), patient.preferredClinicId(), patient.hasLogin(),
				patient.version());
	}

}
