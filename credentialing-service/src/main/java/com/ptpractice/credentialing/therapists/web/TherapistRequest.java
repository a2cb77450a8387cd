package com.ptpractice.credentialing.therapists.web;

import com.ptpractice.credentialing.therapists.Npi;
import com.ptpractice.credentialing.therapists.TherapistDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new therapist.
 *
 * @param npi National Provider Identifier: 10 digits with a valid check digit
 * @param firstName first name
 * @param lastName last name
 * @param email work email
 * @param loginSubject the Keycloak subject (user id) of the therapist's own login, which
 * lets them read their own record; optional
 */
record TherapistRequest(@NotBlank @Npi @Nullable String npi, @NotBlank @Size(max = 100) @Nullable String firstName,
		@NotBlank @Size(max = 100) @Nullable String lastName, @NotBlank @Email @Size(max = 254) @Nullable String email,
		@Size(min = 1, max = 100) @Nullable String loginSubject) {

	TherapistDetails details() {
		return new TherapistDetails(this.npi, this.firstName.strip(), this.lastName.strip(), this.email.strip(),
				this.loginSubject, true);
	}

}
