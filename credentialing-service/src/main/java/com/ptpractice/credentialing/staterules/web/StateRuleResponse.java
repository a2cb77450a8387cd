package com.ptpractice.credentialing.staterules.web;

import java.time.Instant;
import java.time.LocalDate;

import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import org.jspecify.annotations.Nullable;

/**
 * One version of a state's rule as the API shows it.
 *
 * @param version stable name, such as {@code CA-2026-01-01}
 * @param state two-letter code
 * @param stateName the state's name
 * @param status prohibited, permitted, permitted with endorsement, or unsettled
 * @param effectiveFrom first day in force
 * @param effectiveUntil first day no longer in force (its own end or the next version's
 * start); null while open-ended
 * @param minYearsLicensed years licensed in the state required, if any
 * @param minTrainingHours training hours required, if any
 * @param minSupervisedSessions supervised sessions required, if any
 * @param registrationRequired whether a state registration or endorsement is required
 * @param writtenConsentRequired whether the patient's written consent is required
 * @param source where the rule comes from
 * @param note what else to know
 * @param recordedBy who recorded this version
 * @param recordedAt when
 */
record StateRuleResponse(String version, Jurisdiction state, String stateName, RuleStatus status,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil, @Nullable Integer minYearsLicensed,
		@Nullable Integer minTrainingHours, @Nullable Integer minSupervisedSessions, boolean registrationRequired,
		boolean writtenConsentRequired, String source, @Nullable String note, String recordedBy, Instant recordedAt) {

	static StateRuleResponse of(StateRule rule, StateRuleHistory history) {
		return new StateRuleResponse(rule.versionId(), rule.state(), rule.state().displayName(), rule.status(),
				rule.effectiveFrom(), history.endOf(rule), rule.minYearsLicensed(), rule.minTrainingHours(),
				rule.minSupervisedSessions(), rule.registrationRequired(), rule.writtenConsentRequired(), rule.source(),
				rule.note(), rule.recordedBy(), rule.recordedAt());
	}

}
