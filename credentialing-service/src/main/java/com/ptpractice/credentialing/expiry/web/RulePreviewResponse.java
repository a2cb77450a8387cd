package com.ptpractice.credentialing.expiry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.expiry.Standings.Change;
import com.ptpractice.credentialing.expiry.Standings.RulePreview;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import org.jspecify.annotations.Nullable;

/**
 * What a proposed rule version would change.
 *
 * @param state the state
 * @param version the id the version would get
 * @param status its status
 * @param effectiveFrom its first day
 * @param days the days compared (its first day, and the day it stops if it does)
 * @param therapistsChecked therapists holding a credential bound to the state
 * @param changes each therapist whose decision would differ, by name, with the day
 */
record RulePreviewResponse(Jurisdiction state, String version, RuleStatus status, LocalDate effectiveFrom,
		List<LocalDate> days, int therapistsChecked, List<ChangeResponse> changes) {

	static RulePreviewResponse of(RulePreview preview) {
		return new RulePreviewResponse(preview.state(), preview.proposed().versionId(), preview.proposed().status(),
				preview.proposed().effectiveFrom(), preview.days(), preview.therapistsChecked(),
				preview.changes().stream().map(ChangeResponse::of).toList());
	}

	/**
	 * One therapist's changed decision.
	 *
	 * @param therapistId the therapist
	 * @param firstName first name
	 * @param lastName last name
	 * @param npi the NPI
	 * @param on the day it changes
	 * @param before the decision that day without the version
	 * @param after the decision that day with it
	 */
	record ChangeResponse(UUID therapistId, String firstName, String lastName, String npi, LocalDate on,
			DecisionResponse before, DecisionResponse after) {

		static ChangeResponse of(Change change) {
			return new ChangeResponse(change.therapist().id(), change.therapist().firstName(),
					change.therapist().lastName(), change.therapist().npi(), change.on(),
					DecisionResponse.of(change.before()), DecisionResponse.of(change.after()));
		}

	}

	/**
	 * A decision, without its instant.
	 *
	 * @param eligible whether the therapist may dry-needle
	 * @param reasons every reason against
	 * @param ruleVersion the version applied
	 */
	record DecisionResponse(boolean eligible, List<Reason> reasons, @Nullable String ruleVersion) {

		static DecisionResponse of(Decision decision) {
			return new DecisionResponse(decision.eligible(), decision.reasons(), decision.ruleVersion());
		}

	}

}
