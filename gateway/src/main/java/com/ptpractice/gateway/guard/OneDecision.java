package com.ptpractice.gateway.guard;

import java.time.Instant;
import java.util.UUID;

import com.ptpractice.gateway.guard.BookingRequest.NeedlingBooking;
import com.ptpractice.gateway.guard.DecisionSources.ClinicLocation;
import com.ptpractice.gateway.guard.DependencyUnavailable.Asked;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.DryNeedlingRule;
import reactor.core.publisher.Mono;

/**
 * The guard's way to the one needling decision ({@link DryNeedlingRule}): its parts asked
 * at the same time as the caller, combined by the rule. A part that cannot be had, or an
 * answer about another instant, is {@link DependencyUnavailable} (the guard fails
 * closed).
 */
final class OneDecision {

	private final DecisionSources sources;

	OneDecision(DecisionSources sources) {
		this.sources = sources;
	}

	/** The decision for a visit with a named therapist. */
	Mono<Decision> forVisit(NeedlingBooking booking, ClinicLocation clinic, String caller) {
		Instant at = booking.startsAt();
		return Mono
			.zip(this.sources.therapistEligibility(booking.therapistId(), clinic, at, caller),
					this.sources.patientReadiness(booking.patientId(), at, caller),
					this.sources.priorEvaluation(booking.patientId(), at, caller))
			.switchIfEmpty(Mono.error(OneDecision::partMissing))
			.map((parts) -> combined(at, parts.getT1(), parts.getT2(), parts.getT3()));
	}

	/**
	 * The parts that hold whoever the therapist is, for a visit whose therapist the
	 * scheduling service will choose: the state's law, the patient's readiness and the
	 * prior evaluation at that instant.
	 */
	Mono<Decision> whoeverTheTherapist(UUID patientId, Instant at, ClinicLocation clinic, String caller) {
		return Mono
			.zip(this.sources.stateLaw(clinic, at, caller), this.sources.patientReadiness(patientId, at, caller),
					this.sources.priorEvaluation(patientId, at, caller))
			.switchIfEmpty(Mono.error(OneDecision::partMissing))
			.map((parts) -> {
				try {
					return DryNeedlingRule.decideWhoeverTheTherapist(at, parts.getT1(), parts.getT2(), parts.getT3());
				}
				catch (DryNeedlingRule.DecisionMismatch ex) {
					throw new DependencyUnavailable(
							parts.getT1().evaluatedAt().equals(at) && parts.getT2().evaluatedAt().equals(at)
									? Asked.CREDENTIALING : mismatched(at, parts.getT1()),
							ex);
				}
			});
	}

	private static Decision combined(Instant at, Decision therapist, Decision patient, boolean evaluated) {
		try {
			return DryNeedlingRule.decide(at, therapist, patient, evaluated);
		}
		catch (DryNeedlingRule.DecisionMismatch ex) {
			throw new DependencyUnavailable(mismatched(at, therapist), ex);
		}
	}

	/**
	 * Which service gave an answer about another instant: credentialing's comes first.
	 */
	private static Asked mismatched(Instant at, Decision credentialing) {
		return credentialing.evaluatedAt().equals(at) ? Asked.PATIENTS : Asked.CREDENTIALING;
	}

	private static DependencyUnavailable partMissing() {
		return new DependencyUnavailable(Asked.SCHEDULING,
				new IllegalStateException("a part of the needling decision was missing"));
	}

}
