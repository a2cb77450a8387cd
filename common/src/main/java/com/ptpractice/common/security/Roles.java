package com.ptpractice.common.security;

/**
 * The realm roles of the {@code clinic} realm, as Spring Security role names (without the
 * {@code ROLE_} prefix), for {@code hasRole}/{@code hasAnyRole} and {@code @PreAuthorize}
 * expressions.
 */
public final class Roles {

	public static final String PATIENT = "PATIENT";

	public static final String FRONT_DESK = "FRONT_DESK";

	public static final String THERAPIST = "THERAPIST";

	public static final String CREDENTIALING_ADMIN = "CREDENTIALING_ADMIN";

	public static final String PRACTICE_ADMIN = "PRACTICE_ADMIN";

	/** A platform service calling with its own client-credentials token. */
	public static final String SERVICE = "SERVICE";

	private Roles() {
	}

}
