package com.ptpractice.credentialing.therapists.web;

import java.util.UUID;

import com.ptpractice.credentialing.therapists.Therapist;
import org.jspecify.annotations.Nullable;

/**
 * A therapist as the API shows it.
 *
 * @param id the therapist's id
 * @param npi National Provider Identifier
 * @param firstName first name
 * @param lastName last name
 * @param email work email
 * @param loginSubject the Keycloak subject of their own login, if linked
 * @param active whether they currently work for the practice
 * @param version send it back with an update
 */
record TherapistResponse(UUID id, String npi, String firstName, String lastName, String email,
		@Nullable String loginSubject, boolean active, int version) {

	static TherapistResponse of(Therapist therapist) {
		return new TherapistResponse(therapist.id(), therapist.npi(), therapist.firstName(), therapist.lastName(),
				therapist.email(), therapist.loginSubject(), therapist.isActive(), therapist.version());
	}

}
