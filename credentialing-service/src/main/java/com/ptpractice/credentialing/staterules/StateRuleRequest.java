package com.ptpractice.credentialing.staterules;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new version of a state's rule as a client sends it, to add or to preview. It must
 * take effect after the newest version; it may take effect in the future.
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
 * @param note what else to know; where no fixed minimum is given, why
 * @param confidence {@code HIGH}, {@code MEDIUM} or {@code LOW}: how sure the source is;
 * optional
 * @param researchedOn the day the source was read; optional
 * @param lawEffectiveFrom the day the law itself took effect, if the source gives it
 */
public record StateRuleRequest(
		@NotBlank @Pattern(regexp = STATUSES,
				message = "must be one of PROHIBITED, PERMITTED, "
						+ "PERMITTED_WITH_ENDORSEMENT, UNSETTLED") @Nullable String status,
		@NotNull @Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
		@PositiveOrZero @Max(50) @Nullable Integer minYearsLicensed,
		@PositiveOrZero @Max(10_000) @Nullable Integer minTrainingHours,
		@PositiveOrZero @Max(10_000) @Nullable Integer minSupervisedSessions,
		@NotNull @Nullable Boolean registrationRequired, @NotNull @Nullable Boolean writtenConsentRequired,
		@NotBlank @Size(max = 1000) @Nullable String source, @Size(max = 2000) @Nullable String note,
		@Pattern(regexp = CONFIDENCES, message = "must be one of HIGH, MEDIUM, LOW") @Nullable String confidence,
		@Nullable LocalDate researchedOn, @Nullable LocalDate lawEffectiveFrom) {

	static final String STATUSES = "PROHIBITED|PERMITTED|PERMITTED_WITH_ENDORSEMENT|UNSETTLED";

	static final String CONFIDENCES = "HIGH|MEDIUM|LOW";

	public StateRuleTerms terms() {
		return new StateRuleTerms(RuleStatus.valueOf(String.valueOf(this.status)),
				Objects.requireNonNull(this.effectiveFrom, "effectiveFrom"), this.effectiveUntil, this.minYearsLicensed,
				this.minTrainingHours, this.minSupervisedSessions, Boolean.TRUE.equals(this.registrationRequired),
				Boolean.TRUE.equals(this.writtenConsentRequired), String.valueOf(this.source).strip(), this.note,
				(this.confidence != null) ? Confidence.valueOf(this.confidence) : null, this.researchedOn,
				this.lawEffectiveFrom);
	}

}
