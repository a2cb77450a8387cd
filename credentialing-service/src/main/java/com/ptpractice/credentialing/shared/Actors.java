package com.ptpractice.credentialing.shared;

import com.ptpractice.common.security.KeycloakJwt;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is acting: the Keycloak subject of the caller, or {@code system} for the service's
 * own jobs; and the caller's name for people to read.
 */
public final class Actors {

	public static final String SYSTEM = "system";

	private Actors() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

	/**
	 * The caller's name as their token gives it (see {@link KeycloakJwt#displayName});
	 * null for the service's own jobs and a token without one.
	 */
	public static @Nullable String currentName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof Jwt jwt)) {
			return null;
		}
		return KeycloakJwt.displayName(jwt);
	}

}
