package com.ptpractice.credentialing.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the Keycloak subject of the caller, or {@code system} for the service's
 * own jobs.
 */
public final class Actors {

	public static final String SYSTEM = "system";

	private Actors() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

}
