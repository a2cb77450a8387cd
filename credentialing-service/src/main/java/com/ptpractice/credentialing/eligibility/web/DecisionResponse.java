package com.ptpractice.credentialing.eligibility.web;

import java.time.Instant;
import java.util.List;

import com.ptpractice.credentialing.eligibility.Decision;
import com.ptpractice.credentialing.eligibility.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A decision in the platform's shared shape.
 *
 * @param eligible true when there is no reason against
 * @param reasons every failed condition, each a stable code and a sentence
 * @param ruleVersion the state rule version applied, such as {@code CA-2026-01-01}
 * @param evaluatedAt the appointment's start instant, in UTC
 */
record DecisionResponse(boolean eligible, List<ReasonResponse> reasons, @Nullable String ruleVersion,
		Instant evaluatedAt) {

	static DecisionResponse of(Decision decision) {
		return new DecisionResponse(decision.eligible(), decision.reasons().stream().map(ReasonResponse::of).toList(),
				decision.ruleVersion(), decision.evaluatedAt());
	}

	/**
	 * One failed condition.
	 *
	 * @param code stable code, such as {@code STATE_PROHIBITS_DRY_NEEDLING}
	 * @param message a sentence a front desk can act on
	 */
	record ReasonResponse(String code, String message) {

		static ReasonResponse of(Reason reason) {
			return new ReasonResponse(reason.code().name(), reason.message());
		}

	}

}
