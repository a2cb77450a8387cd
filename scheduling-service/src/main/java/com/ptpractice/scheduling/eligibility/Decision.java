package com.ptpractice.scheduling.eligibility;

import java.time.Instant;
import java.util.List;

/**
 * A decision of the credentialing or the patient service: not a boolean, but every failed
 * reason, the rule version and the instant evaluated.
 *
 * @param eligible whether everything holds
 * @param reasons every failed reason; empty when eligible
 * @param ruleVersion the version of the rule applied
 * @param evaluatedAt the instant the decision is about
 */
public record Decision(boolean eligible, List<Reason> reasons, String ruleVersion, Instant evaluatedAt) {

	public Decision {
		reasons = List.copyOf(reasons);
	}

	/** The reasons of a refusal; none if eligible. */
	public List<Reason> reasonsIfNot() {
		return this.eligible ? List.of() : this.reasons;
	}

}
