package com.ptpractice.patients.readiness.web;

import java.time.Instant;
import java.util.List;

import com.ptpractice.patients.readiness.Decision;
import com.ptpractice.patients.readiness.Reason;
import com.ptpractice.patients.readiness.ReasonCode;

/**
 * A readiness decision in the platform's shared decision shape.
 *
 * @param eligible true when nothing stands in the way
 * @param reasons every failed condition
 * @param ruleVersion the readiness rule applied
 * @param evaluatedAt the appointment instant decided about, in UTC
 */
record DecisionResponse(boolean eligible, List<ReasonResponse> reasons, String ruleVersion, Instant evaluatedAt) {

	static DecisionResponse of(Decision decision) {
		return new DecisionResponse(decision.eligible(), decision.reasons().stream().map(ReasonResponse::of).toList(),
				decision.ruleVersion(), decision.evaluatedAt());
	}

	/**
	 * One failed condition.
	 *
	 * @param code stable code
	 * @param message what to do about it
	 */
	record ReasonResponse(ReasonCode code, String message) {

		static ReasonResponse of(Reason reason) {
			return new ReasonResponse(reason.code(), reason.message());
		}

	}

}
