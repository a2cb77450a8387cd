package com.ptpractice.credentialing.eligibility;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a therapist may perform dry needling at an appointment, and every reason why
 * not.
 *
 * @param eligible true when there is no reason against
 * @param reasons every failed condition; empty when eligible
 * @param ruleVersion the state rule version applied, such as {@code UT-2026-01-01}; when
 * none is in force yet, the one that will be; null if the state has none at all
 * @param evaluatedAt the appointment's start instant the decision is for
 */
public record Decision(boolean eligible, List<Reason> reasons, @Nullable String ruleVersion, Instant evaluatedAt) {

	public Decision {
		reasons = List.copyOf(reasons);
	}

	static Decision of(List<Reason> reasons, @Nullable String ruleVersion, Instant evaluatedAt) {
		return new Decision(reasons.isEmpty(), reasons, ruleVersion, evaluatedAt);
	}

	/** Whether one of the reasons has this code. */
	public boolean hasReason(ReasonCode code) {
		return this.reasons.stream().anyMatch((reason) -> reason.code() == code);
	}

}
