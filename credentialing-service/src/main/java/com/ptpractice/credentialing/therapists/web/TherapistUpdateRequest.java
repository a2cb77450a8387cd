package com.ptpractice.credentialing.therapists.web;

import com.ptpractice.credentialing.therapists.Npi;
import com.ptpractice.credentialing.therapists.TherapistDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * New details of a therapist, replacing the old ones.
 *
 * @param npi National Provider Identifier
 * @param firstName first name
 * @param lastName last name
 * @param email work email
 * @param loginSubject the Keycloak subject of the therapist's own login; null unlinks it
 * @param active whether the therapist currently works for the practice
 * @param version the version the caller read; a stale one is refused with 409
 */
record TherapistUpdateRequest(@NotBlank @Npi @Nullable String npi,
		@NotBlank @Size(max = 100) @Nullable String firstName, @NotBlank @Size(max = 100) @Nullable String lastName,
		@NotBlank @Email @Size(max = 254) @Nullable String email,
		@Size(min = 1, max = 100) @Nullable String loginSubject, @NotNull @Nullable Boolean active,
		@NotNull @Nullable Integer version) {

	TherapistDetails details() {
		return new TherapistDetails(this.npi, this.firstName.strip(), this.lastName.strip(), this.email.strip(),
				this.loginSubject, this.active);
	}

}
