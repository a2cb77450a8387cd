package com.ptpractice.credentialing.eligibility.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
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
	 * @param message a sentence a front desk can act on; for a state condition it names
	 * the rule version, the condition and the source
	 * @param citation the state condition the reason comes from; left out for other
	 * reasons
	 */
	record ReasonResponse(String code, String message,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable CitationResponse citation) {

		static ReasonResponse of(Reason reason) {
			Reason.Citation citation = reason.citation();
			return new ReasonResponse(reason.code().name(), reason.message(),
					(citation != null) ? CitationResponse.of(citation) : null);
		}

	}

	/**
	 * The state condition a reason comes from.
	 *
	 * @param ruleVersion the rule version, such as {@code NV-2026-12-02}
	 * @param condition the condition's short stable name: {@code minimumYearsLicensed},
	 * {@code minimumTrainingHours}, {@code minimumSupervisedSessions},
	 * {@code registrationRequired} or {@code endorsementRequired}
	 * @param source where the rule version comes from
	 */
	record CitationResponse(String ruleVersion, String condition, @Nullable String source) {

		static CitationResponse of(Reason.Citation citation) {
			return new CitationResponse(citation.ruleVersion(), citation.condition(), citation.source());
		}

	}

}
