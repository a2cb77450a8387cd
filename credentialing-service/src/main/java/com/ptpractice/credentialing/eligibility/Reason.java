package com.ptpractice.credentialing.eligibility;

import org.jspecify.annotations.Nullable;

/**
 * One failed condition.
 *
 * @param code stable code
 * @param message a sentence a front desk can act on
 * @param citation the state condition the reason comes from; null for reasons that do not
 * come from a condition of the state's rule
 */
public record Reason(ReasonCode code, String message, @Nullable Citation citation) {

	/**
	 * The state condition a reason comes from, so that staff can check it.
	 *
	 * @param ruleVersion the rule version, such as {@code NV-2026-12-02}
	 * @param condition the condition's short stable name, such as
	 * {@code minimumTrainingHours}
	 * @param source where the rule version comes from
	 */
	public record Citation(String ruleVersion, String condition, @Nullable String source) {
	}

}
