package com.ptpractice.patients.readiness;

import java.time.Instant;
import java.util.List;

/**
 * Whether a patient may have dry needling at an instant, with every reason why not.
 *
 * @param eligible true when there are no reasons
 * @param reasons every failed condition, none when eligible
 * @param ruleVersion the version of the readiness rule applied
 * @param evaluatedAt the appointment instant the decision is about
 */
public record Decision(boolean eligible, List<Reason> reasons, String ruleVersion, Instant evaluatedAt) {

	public Decision {
		reasons = List.copyOf(reasons);
		if (eligible != reasons.isEmpty()) {
			throw new IllegalArgumentException("A decision is eligible exactly when it has no reasons");
		}
	}

	static Decision of(List<Reason> reasons, String ruleVersion, Instant evaluatedAt) {
		return new Decision(reasons.isEmpty(), reasons, ruleVersion, evaluatedAt);
	}

}
