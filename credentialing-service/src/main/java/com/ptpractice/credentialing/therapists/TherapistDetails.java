package com.ptpractice.credentialing.therapists;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator says about a therapist.
 *
 * @param npi the National Provider Identifier, already validated
 * @param firstName first name
 * @param lastName last name
 * @param email work email
 * @param loginSubject the Keycloak subject of the therapist's own login, if they have one
 * @param active whether the therapist currently works for the practice
 */
public record TherapistDetails(String npi, String firstName, String lastName, String email,
		@Nullable String loginSubject, boolean active) {
}
