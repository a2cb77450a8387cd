package com.ptpractice.needling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one dry-needling decision: a visit at an instant is allowed exactly when the
 * therapist's eligibility (the state's law and the therapist's license, certification and
 * endorsement, decided by the credentialing service), the patient's readiness (consent,
 * screening, cleared contraindications, decided by the patient service) and the prior
 * evaluation (an initial evaluation at the practice before the visit, known to the
 * scheduling service) all allow it at that instant. Every failed condition is reported,
 * the therapist's first, then the patient's, then the evaluation.
 *
 * <p>
 * The gateway's guard, booking, reschedule and the at-risk watch all decide here; none
 * combines the parts itself. A part that cannot be had (a service that does not answer)
 * is not a reason: the caller fails closed before it gets here.
 */
public final class DryNeedlingRule {

	private DryNeedlingRule() {
	}

	/**
	 * The decision for a visit at {@code at}.
	 * @param at the visit's start
	 * @param therapist the credentialing service's decision for the therapist, the
	 * clinic's state and {@code at}
	 * @param patient the patient service's readiness decision for {@code at}
	 * @param evaluatedBefore whether the patient has a live initial evaluation that ends
	 * by {@code at}
	 * @throws DecisionMismatch when a part is about another instant: the caller must
	 * treat it as an answer it could not use
	 */
	public static Decision decide(Instant at, Decision therapist, Decision patient, boolean evaluatedBefore) {
		requireAbout(at, therapist, "therapist's eligibility");
		requireAbout(at, patient, "patient's readiness");
		List<Reason> reasons = new ArrayList<>(therapist.reasons());
		reasons.addAll(patient.reasons());
		if (!evaluatedBefore) {
			reasons.add(noPriorEvaluation());
		}
		return Decision.of(reasons, therapist.ruleVersion(), at);
	}

	/**
	 * The decision's parts that do not depend on the therapist, for a visit whose
	 * therapist is not chosen yet ("any eligible therapist"): the state's law at
	 * {@code at}, the patient's readiness and the prior evaluation. Its reasons are
	 * reasons {@link #decide} gives whoever the therapist is (every therapist's
	 * eligibility carries the state's law), so a refusal here refuses the visit with any
	 * therapist; an allowance here still needs the chosen therapist's {@link #decide}.
	 * @param at the visit's start
	 * @param stateLaw the credentialing service's decision for the clinic's state alone
	 * at {@code at}: only reasons of {@link ReasonCode.Party#STATE}
	 * @param patient the patient service's readiness decision for {@code at}
	 * @param evaluatedBefore whether the patient has a live initial evaluation that
	 * starts before {@code at}
	 * @throws DecisionMismatch when a part is about another instant, or the state's part
	 * carries a reason about a therapist: an answer the caller could not use
	 */
	public static Decision decideWhoeverTheTherapist(Instant at, Decision stateLaw, Decision patient,
			boolean evaluatedBefore) {
		requireAbout(at, stateLaw, "state's law");
		requireAbout(at, patient, "patient's readiness");
		if (stateLaw.reasons().stream().anyMatch((reason) -> reason.code().party() != ReasonCode.Party.STATE)) {
			throw new DecisionMismatch("The state's law carries a reason that is not the state's: " + stateLaw.codes());
		}
		List<Reason> reasons = new ArrayList<>(stateLaw.reasons());
		reasons.addAll(patient.reasons());
		if (!evaluatedBefore) {
			reasons.add(noPriorEvaluation());
		}
		return Decision.of(reasons, stateLaw.ruleVersion(), at);
	}

	static Reason noPriorEvaluation() {
		return new Reason(ReasonCode.NO_PRIOR_EVALUATION,
				"The patient needs an initial evaluation at the practice before a dry-needling visit.");
	}

	private static void requireAbout(Instant at, Decision part, String what) {
		if (!part.evaluatedAt().equals(at)) {
			throw new DecisionMismatch(
					"The " + what + " is about " + part.evaluatedAt() + ", not the visit's start " + at);
		}
	}

	/**
	 * A part of the decision is about another instant than the visit's: an answer that
	 * cannot be used, so the caller fails closed.
	 */
	public static class DecisionMismatch extends IllegalStateException {

		DecisionMismatch(String message) {
			super(message);
		}

	}

}
