package com.ptpractice.needling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A dry-needling decision, as every service publishes it and every enforcer reads it: not
 * a boolean, but every condition that fails, the rule version applied and the instant
 * decided. A decision is eligible exactly when it has no reasons; anything else
 * (including an answer that arrived empty or half) cannot be constructed, so a reader
 * that gets no {@code Decision} fails closed.
 *
 * <pre>
 * { "eligible": false,
 *   "reasons": [ { "code": "STATE_PROHIBITS_DRY_NEEDLING", "message": "California does not allow ..." } ],
 *   "ruleVersion": "CA-2026-01-01", "evaluatedAt": "2026-12-01T17:00:00Z" }
 * </pre>
 *
 * @param eligible true exactly when there are no reasons
 * @param reasons every failed condition, in the order decided
 * @param ruleVersion the version of the rule applied, such as {@code UT-2026-01-01}; null
 * when the state has no rule at all
 * @param evaluatedAt the visit's start instant the decision is about
 */
public record Decision(boolean eligible, List<Reason> reasons, @Nullable String ruleVersion, Instant evaluatedAt) {

	public Decision {
		Objects.requireNonNull(evaluatedAt, "evaluatedAt");
		reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
		if (eligible != reasons.isEmpty()) {
			throw new IllegalArgumentException("A decision is eligible exactly when it has no reasons");
		}
	}

	/** The decision that follows from these reasons: eligible when there are none. */
	public static Decision of(List<Reason> reasons, @Nullable String ruleVersion, Instant evaluatedAt) {
		return new Decision(reasons.isEmpty(), reasons, ruleVersion, evaluatedAt);
	}

	/** Whether one of the reasons has this code. */
	public boolean hasReason(ReasonCode code) {
		return this.reasons.stream().anyMatch((reason) -> reason.code() == code);
	}

	/** The codes of the reasons, in order. */
	public List<ReasonCode> codes() {
		return this.reasons.stream().map(Reason::code).toList();
	}

}
