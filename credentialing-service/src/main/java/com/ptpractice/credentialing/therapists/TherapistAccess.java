package com.ptpractice.credentialing.therapists;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells whether the caller is the therapist a request is about. A therapist's login is
 * linked by the Keycloak subject stored on the therapist ({@code loginSubject}), not by
 * email: the subject never changes and cannot be claimed by editing a profile. Used in
 * {@code @PreAuthorize} rules as {@code @therapistAccess}.
 */
@Component("therapistAccess")
public class TherapistAccess {

	private final Therapists therapists;

	TherapistAccess(Therapists therapists) {
		this.therapists = therapists;
	}

	@Transactional(readOnly = true)
	public boolean isSelf(Authentication authentication, @Nullable UUID therapistId) {
		if (therapistId == null) {
			return false;
		}
		return this.therapists.findById(therapistId)
			.map((therapist) -> therapist.isLoggedInAs(authentication.getName()))
			.orElse(false);
	}

}
