package com.ptpractice.credentialing.staterules.web;

import java.time.Instant;
import java.time.LocalDate;

import com.ptpractice.credentialing.staterules.Confidence;
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
 * @param note what else to know; where no fixed minimum is known, why
 * @param fixedMinimumsKnown whether the version states a fixed minimum (years licensed,
 * training hours or supervised sessions)
 * @param confidence how sure the source is ({@code HIGH}: the rule or the board's own
 * page; {@code MEDIUM}: a reputable secondary source quoting it; {@code LOW}: the rule
 * exists but its text was not found); null where the version was recorded without a
 * rating
 * @param researchedOn the day the source was read, if recorded
 * @param lawEffectiveFrom the day the law itself took effect, where the source gives it
 * @param verifyWithStateBoard whether staff should verify the version with the state
 * board before relying on it: it permits dry needling but is of low confidence or knows
 * no fixed minimum
 * @param recordedBy who recorded this version: a Keycloak subject, or {@code migration}
 * @param recordedByName their name as their sign-in gave it; null when not known
 * @param recordedAt when
 */
record StateRuleResponse(String version, Jurisdiction state, String stateName, RuleStatus status,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil, @Nullable Integer minYearsLicensed,
		@Nullable Integer minTrainingHours, @Nullable Integer minSupervisedSessions, boolean registrationRequired,
		boolean writtenConsentRequired, String source, @Nullable String note, boolean fixedMinimumsKnown,
		@Nullable Confidence confidence, @Nullable LocalDate researchedOn, @Nullable LocalDate lawEffectiveFrom,
		boolean verifyWithStateBoard, String recordedBy, @Nullable String recordedByName, Instant recordedAt) {

	static StateRuleResponse of(StateRule rule, StateRuleHistory history) {
		return new StateRuleResponse(rule.versionId(), rule.state(), rule.state().displayName(), rule.status(),
				rule.effectiveFrom(), history.endOf(rule), rule.minYearsLicensed(), rule.minTrainingHours(),
				rule.minSupervisedSessions(), rule.registrationRequired(), rule.writtenConsentRequired(), rule.source(),
				rule.note(), rule.fixedMinimumsKnown(), rule.confidence(), rule.researchedOn(), rule.lawEffectiveFrom(),
				rule.verifyWithStateBoard(), rule.recordedBy(), rule.recordedByName(), rule.recordedAt());
	}

}
