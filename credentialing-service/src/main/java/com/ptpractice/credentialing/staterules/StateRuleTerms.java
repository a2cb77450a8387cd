package com.ptpractice.credentialing.staterules;

import java.time.LocalDate;

import com.ptpractice.common.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * What one version of a state's rule says.
 *
 * @param status whether dry needling is prohibited, permitted, permitted with an
 * endorsement, or unsettled
 * @param effectiveFrom the first day the version is in force
 * @param effectiveUntil the first day it is no longer in force, if the version itself
 * ends (a later version ends it too)
 * @param minYearsLicensed years a therapist must have been licensed in the state, if any
 * @param minTrainingHours hours of dry-needling training required, if any
 * @param minSupervisedSessions supervised sessions required, if any
 * @param registrationRequired whether the therapist must hold a state registration or
 * endorsement for dry needling
 * @param writtenConsentRequired whether the state requires the patient's written consent
 * @param source where the rule comes from (statute, regulation, survey)
 * @param note what else to know; where no fixed minimum is given, why
 * @param confidence how sure the source is, if rated
 * @param researchedOn the day the source was read, if recorded
 * @param lawEffectiveFrom the day the law itself took effect, if the source gives it
 */
public record StateRuleTerms(RuleStatus status, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
		@Nullable Integer minYearsLicensed, @Nullable Integer minTrainingHours, @Nullable Integer minSupervisedSessions,
		boolean registrationRequired, boolean writtenConsentRequired, String source, @Nullable String note,
		@Nullable Confidence confidence, @Nullable LocalDate researchedOn, @Nullable LocalDate lawEffectiveFrom) {

	public StateRuleTerms {
		if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
			throw new InvalidFieldException("effectiveUntil", "must be after effectiveFrom");
		}
		requireNotNegative("minYearsLicensed", minYearsLicensed);
		requireNotNegative("minTrainingHours", minTrainingHours);
		requireNotNegative("minSupervisedSessions", minSupervisedSessions);
	}

	/** Terms without provenance beyond their source and note. */
	public StateRuleTerms(RuleStatus status, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
			@Nullable Integer minYearsLicensed, @Nullable Integer minTrainingHours,
			@Nullable Integer minSupervisedSessions, boolean registrationRequired, boolean writtenConsentRequired,
			String source, @Nullable String note) {
		this(status, effectiveFrom, effectiveUntil, minYearsLicensed, minTrainingHours, minSupervisedSessions,
				registrationRequired, writtenConsentRequired, source, note, null, null, null);
	}

	/** Whether the terms state a fixed minimum: years licensed, hours or sessions. */
	public boolean statesFixedMinimum() {
		return this.minYearsLicensed != null || this.minTrainingHours != null || this.minSupervisedSessions != null;
	}

	private static void requireNotNegative(String field, @Nullable Integer value) {
		if (value != null && value < 0) {
			throw new InvalidFieldException(field, "must not be negative");
		}
	}

}
