package com.ptpractice.credentialing.staterules.web;

import java.time.LocalDate;
import java.util.Objects;

import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRuleTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new version of a state's rule. It must take effect after the newest version; it may
 * take effect in the future.
 *
 * @param status {@code PROHIBITED}, {@code PERMITTED}, {@code PERMITTED_WITH_ENDORSEMENT}
 * or {@code UNSETTLED}
 * @param effectiveFrom first day in force
 * @param effectiveUntil first day no longer in force, if the version itself ends
 * @param minYearsLicensed years licensed in the state required, if any
 * @param minTrainingHours training hours required, if any
 * @param minSupervisedSessions supervised sessions required, if any
 * @param registrationRequired whether a state registration or endorsement is required
 * @param writtenConsentRequired whether the patient's written consent is required
 * @param source statute, regulation or survey the rule comes from
 * @param note what else to know
 */
record StateRuleRequest(
		@NotBlank @Pattern(regexp = STATUSES,
				message = "must be one of PROHIBITED, PERMITTED, "
						+ "PERMITTED_WITH_ENDORSEMENT, UNSETTLED") @Nullable String status,
		@NotNull @Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
		@PositiveOrZero @Max(50) @Nullable Integer minYearsLicensed,
		@PositiveOrZero @Max(10_000) @Nullable Integer minTrainingHours,
		@PositiveOrZero @Max(10_000) @Nullable Integer minSupervisedSessions, boolean registrationRequired,
		boolean writtenConsentRequired, @NotBlank @Size(max = 1000) @Nullable String source,
		@Size(max = 2000) @Nullable String note) {

	static final String STATUSES = "PROHIBITED|PERMITTED|PERMITTED_WITH_ENDORSEMENT|UNSETTLED";

	StateRuleTerms terms() {
		return new StateRuleTerms(RuleStatus.valueOf(String.valueOf(this.status)),
				Objects.requireNonNull(this.effectiveFrom, "effectiveFrom"), this.effectiveUntil, this.minYearsLicensed,
				this.minTrainingHours, this.minSupervisedSessions, this.registrationRequired,
				this.writtenConsentRequired, String.valueOf(this.source).strip(), this.note);
	}

}
