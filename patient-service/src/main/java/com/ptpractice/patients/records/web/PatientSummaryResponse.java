package com.ptpractice.patients.records.web;

import java.time.LocalDate;
import java.util.UUID;

import com.ptpractice.patients.records.Patient;

/**
 * Enough of a patient to tell search results apart.
 *
 * @param id the patient's id
 * @param mrn the medical record number
 * @param firstName given name
 * @param lastName family name
 * @param birthDate date of birth
 */
record PatientSummaryResponse(UUID id, String mrn, String firstName, String lastName, LocalDate birthDate) {

	static PatientSummaryResponse of(Patient patient) {
		return new PatientSummaryResponse(patient.id(), patient.mrn(), patient.firstName(), patient.lastName(),
				patient.birthDate());
	}

}
