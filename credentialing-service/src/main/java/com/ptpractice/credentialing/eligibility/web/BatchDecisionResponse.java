package com.ptpractice.credentialing.eligibility.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.credentialing.eligibility.AppointmentTime;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of a batch, one per therapist and instant asked: by instant, then by
 * therapist, in the order asked; each names its therapist and instant.
 *
 * @param state the state decided for
 * @param evaluatedAt the appointment's start instant when one was asked ({@code at}),
 * else null
 * @param decisions one per distinct therapist id and instant
 */
record BatchDecisionResponse(Jurisdiction state, @Nullable Instant evaluatedAt, List<TherapistDecision> decisions) {

	static BatchDecisionResponse of(Jurisdiction state, Map<AppointmentTime, Map<UUID, Decision>> byTime) {
		List<TherapistDecision> decisions = byTime.values()
			.stream()
			.flatMap((decided) -> decided.entrySet().stream())
			.map((entry) -> TherapistDecision.of(entry.getKey(), entry.getValue()))
			.toList();
		Instant evaluatedAt = (byTime.size() == 1) ? byTime.keySet().iterator().next().start() : null;
		return new BatchDecisionResponse(state, evaluatedAt, decisions);
	}

	/**
	 * One therapist's decision, in the shared shape plus the therapist's id.
	 *
	 * @param therapistId whose decision it is
	 * @param eligible true when there is no reason against
	 * @param reasons every failed condition; an unknown id gets {@code THERAPIST_UNKNOWN}
	 * @param ruleVersion the state rule version applied
	 * @param evaluatedAt the appointment's start instant
	 */
	record TherapistDecision(UUID therapistId, boolean eligible, List<Reason> reasons, @Nullable String ruleVersion,
			Instant evaluatedAt) {

		static TherapistDecision of(UUID therapistId, Decision decision) {
			return new TherapistDecision(therapistId, decision.eligible(), decision.reasons(), decision.ruleVersion(),
					decision.evaluatedAt());
		}

	}

}
