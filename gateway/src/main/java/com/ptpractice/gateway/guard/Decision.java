package com.ptpractice.gateway.guard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision of the credentialing or patient service, as both publish it.
 *
 * @param eligible whether every condition holds
 * @param reasons every condition that does not
 * @param ruleVersion the rule version the decision was made under
 * @param evaluatedAt the instant evaluated
 */
record Decision(boolean eligible, List<Reason> reasons, @Nullable String ruleVersion, @Nullable String evaluatedAt) {

	Decision {
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
	}

	static Decision refused(String code, String message) {
		return new Decision(false, List.of(new Reason(code, message)), null, null);
	}

	/**
	 * Why a decision is negative.
	 *
	 * @param code stable code such as {@code CONSENT_MISSING}
	 * @param message a sentence a front desk can act on
	 */
	record Reason(String code, String message) {
	}

}
