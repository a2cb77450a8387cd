package com.ptpractice.credentialing.staterules.web;

import java.time.Instant;

import com.ptpractice.credentialing.staterules.UnsettledStatePolicy;
import org.jspecify.annotations.Nullable;

/**
 * The practice-wide policy for unsettled states.
 *
 * @param allowed whether dry needling may be offered in states whose law is unsettled
 * @param updatedBy who last changed it: a Keycloak subject, {@code migration} or
 * {@code default}
 * @param updatedByName their name as their sign-in gave it; null when not known
 * @param updatedAt when
 * @param version send it back with a change
 */
record PolicyResponse(boolean allowed, String updatedBy, @Nullable String updatedByName, Instant updatedAt,
		int version) {

	static PolicyResponse of(UnsettledStatePolicy policy) {
		return new PolicyResponse(policy.allowed(), policy.updatedBy(), policy.updatedByName(), policy.updatedAt(),
				policy.version());
	}

}
