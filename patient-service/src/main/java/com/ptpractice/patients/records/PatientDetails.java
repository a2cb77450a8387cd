package com.ptpractice.patients.records;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The demographics of a patient, already validated, with the phone number in E.164 form.
 *
 * @param firstName given name
 * @param lastName family name
 * @param birthDate date of birth
 * @param sex administrative sex
 * @param phone phone number in E.164 form
 * @param email email address
 * @param address postal address
 * @param preferredClinicId the clinic the patient prefers, in the scheduling service
 */
public record PatientDetails(String firstName, String lastName, LocalDate birthDate, AdministrativeSex sex,
		String phone, @Nullable String email, Address address, @Nullable UUID preferredClinicId) {

	public PatientDetails {
		firstName = firstName.strip();
		lastName = lastName.strip();
		email = (email == null || email.isBlank()) ? null : email.strip();
	}

}
