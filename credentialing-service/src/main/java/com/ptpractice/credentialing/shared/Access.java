package com.ptpractice.credentialing.shared;

/**
 * Who may do what, as {@code @PreAuthorize} expressions. Methods guarded by a rule that
 * lets a therapist in for themselves name their therapist-id parameter
 * {@code therapistId}.
 */
public final class Access {

	/** Credentialing administrators change therapists, credentials, rules and policy. */
	public static final String ADMIN = "hasRole('CREDENTIALING_ADMIN')";

	/** Staff who work with therapists' data, and the platform's services. */
	public static final String STAFF_OR_SERVICE = "hasAnyRole('CREDENTIALING_ADMIN', 'FRONT_DESK', 'PRACTICE_ADMIN', 'SERVICE')";

	/** As {@link #STAFF_OR_SERVICE}, or the therapist named by {@code therapistId}. */
	public static final String STAFF_SERVICE_OR_SELF = STAFF_OR_SERVICE
			+ " or (hasRole('THERAPIST') and @therapistAccess.isSelf(authentication, #therapistId))";

	/** Anyone with a staff role or a service token. */
	public static final String ANY_STAFF_OR_SERVICE = "hasAnyRole('CREDENTIALING_ADMIN', 'FRONT_DESK', 'PRACTICE_ADMIN', 'THERAPIST', 'SERVICE')";

	/** Administrators who watch what expires. */
	public static final String EXPIRY_WATCHERS = "hasAnyRole('CREDENTIALING_ADMIN', 'PRACTICE_ADMIN')";

	private Access() {
	}

}
