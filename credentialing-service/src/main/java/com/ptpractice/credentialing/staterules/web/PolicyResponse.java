package com.ptpractice.credentialing.staterules.web;

import java.time.Instant;

import com.ptpractice.credentialing.staterules.UnsettledStatePolicy;

/**
 * The practice-wide policy for unsettled states.
 *
 * @param allowed whether dry needling may be offered in states whose law is unsettled
 * @param updatedBy who last changed it
 * @param updatedAt when
 * @param version send it back with a change
 */
record PolicyResponse(boolean allowed, String updatedBy, Instant updatedAt, int version) {

	static PolicyResponse of(UnsettledStatePolicy policy) {
		return new PolicyResponse(policy.allowed(), policy.updatedBy(), policy.updatedAt(), policy.version());
	}

}
