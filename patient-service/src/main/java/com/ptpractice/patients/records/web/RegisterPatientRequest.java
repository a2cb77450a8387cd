package com.ptpractice.patients.records.web;

import java.time.LocalDate;
import java.util.UUID;

import com.ptpractice.patients.records.AdministrativeSex;
import com.ptpractice.patients.records.PatientDetails;
import com.ptpractice.patients.records.PhoneNumbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new patient.
 *
 * @param firstName given name
 * @param lastName family name
 * @param birthDate date of birth, not in the future
 * @param sex administrative sex
 * @param phone phone number; see {@link PhoneNumbers} for what is accepted
 * @param email email address (optional)
 * @param address postal address
 * @param preferredClinicId the clinic the patient prefers (optional)
 * @param confirmedDifferentPerson true when the front desk checked that existing patients
 * with the same name and birth date are someone else; false when absent
 */
record RegisterPatientRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotNull @PastOrPresent(message = "must not be in the future") LocalDate birthDate,
		@NotNull AdministrativeSex sex, @NotBlank @PhoneNumber String phone,
		@Size(max = 254) @Pattern(regexp = EMAIL,
				message = "must be an email address, such as name@example.com") @Nullable String email,
		@NotNull @Valid AddressRequest address, @Nullable UUID preferredClinicId,
		@Nullable Boolean confirmedDifferentPerson) {

	/** Something@domain.tld, without spaces: what a clinic can actually write to. */
	static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	boolean confirmsDifferentPerson() {
		return Boolean.TRUE.equals(this.confirmedDifferentPerson);
	}

	PatientDetails toDetails() {
		return new PatientDetails(this.firstName, this.lastName, this.birthDate, this.sex,
				PhoneNumbers.normalize(this.phone).orElseThrow(), this.email, this.address.toAddress(),
				this.preferredClinicId);
	}

}
