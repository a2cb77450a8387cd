package com.ptpractice.scheduling.needling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.ptpractice.needling.Decision;
import com.ptpractice.needling.DryNeedlingRule;
import com.ptpractice.scheduling.eligibility.CallerToken;
import com.ptpractice.scheduling.eligibility.CredentialingDecisions;
import com.ptpractice.scheduling.eligibility.PatientDecisions;
import com.ptpractice.scheduling.problems.DependencyUnavailableException.Dependency;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import io.micrometer.context.ContextSnapshotFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes the one dry-needling decision for a visit. {@link #ask} gathers the parts other
 * services decide (at the same time: the therapist's question on a virtual thread that
 * carries the trace context), as the calling person when there is one; {@link #decide}
 * adds the prior evaluation, read at that moment, and lets {@link DryNeedlingRule}
 * combine them. Booking asks before its transaction (no lock held while waiting on the
 * network) and decides inside it, under the patient's lock, so the evaluation it relies
 * on is the one committed with the booking. A service that cannot answer fails the
 * decision with a 503.
 */
@Component
public class DryNeedlingDecisions implements DisposableBean {

	private final CredentialingDecisions credentialing;

	private final PatientDecisions patients;

	private final PriorEvaluations evaluations;

	private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

	private final ContextSnapshotFactory context = ContextSnapshotFactory.builder().build();

	DryNeedlingDecisions(CredentialingDecisions credentialing, PatientDecisions patients,
			PriorEvaluations evaluations) {
		this.credentialing = credentialing;
		this.patients = patients;
		this.evaluations = evaluations;
	}

	/** The parts the other services decide, for a visit in a clinic's state and zone. */
	public Parts ask(UUID patientId, UUID therapistId, String state, ZoneId zone, Instant at) {
		Optional<CallerToken> caller = CallerToken.current();
		Future<Decision> therapist = this.calls.submit(this.context.captureAll()
			.wrap(() -> this.credentialing.dryNeedling(therapistId, state, at, zone, caller)));
		try {
			Decision patient = this.patients.dryNeedlingReadiness(patientId, at, caller);
			return new Parts(patientId, at, answer(therapist), patient);
		}
		finally {
			// not cancel(true): interrupting the call's thread also cancelled the next
			// request of the calling thread ("Request cancelled") in the at-risk run
			therapist.cancel(false);
		}
	}

	/**
	 * The same parts asked one after the other on the calling thread, for the at-risk run
	 * (a batch with no one waiting, run from a scheduler or a pool thread, where the
	 * parallel call's virtual thread saw its request cancelled under load).
	 */
	public Parts askInTurn(UUID patientId, UUID therapistId, String state, ZoneId zone, Instant at) {
		Optional<CallerToken> caller = CallerToken.current();
		Decision therapist = this.credentialing.dryNeedling(therapistId, state, at, zone, caller);
		return new Parts(patientId, at, therapist, this.patients.dryNeedlingReadiness(patientId, at, caller));
	}

	/** The decision: the parts asked, with the evaluation as it stands now. */
	public Decision decide(Parts parts) {
		boolean evaluated = this.evaluations.existBefore(parts.patientId(), parts.at());
		try {
			return DryNeedlingRule.decide(parts.at(), parts.therapist(), parts.patient(), evaluated);
		}
		catch (DryNeedlingRule.DecisionMismatch ex) {
			// an answer about another instant is one this service cannot use
			throw new DependencyUnavailableException(
					parts.therapist().evaluatedAt().equals(parts.at()) ? Dependency.PATIENTS : Dependency.CREDENTIALING,
					ex);
		}
	}

	/**
	 * What decides the visit whoever its therapist will be, for a visit whose therapist
	 * is still to be chosen: the state's law and the patient's readiness (asked at the
	 * same time) and the evaluation as it stands now, combined by
	 * {@link DryNeedlingRule#decideWhoeverTheTherapist}. A refusal refuses the visit with
	 * any therapist; an allowance still needs the chosen therapist's {@link #decide}.
	 */
	public Decision decideWhoeverTheTherapist(UUID patientId, String state, ZoneId zone, Instant at) {
		Optional<CallerToken> caller = CallerToken.current();
		Future<Decision> stateLaw = this.calls
			.submit(this.context.captureAll().wrap(() -> this.credentialing.stateLaw(state, at, zone, caller)));
		try {
			Decision patient = this.patients.dryNeedlingReadiness(patientId, at, caller);
			Decision law = answer(stateLaw);
			try {
				return DryNeedlingRule.decideWhoeverTheTherapist(at, law, patient,
						this.evaluations.existBefore(patientId, at));
			}
			catch (DryNeedlingRule.DecisionMismatch ex) {
				throw new DependencyUnavailableException(
						patient.evaluatedAt().equals(at) ? Dependency.CREDENTIALING : Dependency.PATIENTS, ex);
			}
		}
		finally {
			stateLaw.cancel(false);
		}
	}

	/** Passes when the decision allows the visit; else {@link DryNeedlingNotAllowed}. */
	public void require(Parts parts) {
		Decision decision = decide(parts);
		if (!decision.eligible()) {
			throw new DryNeedlingNotAllowed(decision);
		}
	}

	/** The therapist's decision, or what asking for it threw (a 503 stays a 503). */
	private static Decision answer(Future<Decision> therapist) {
		try {
			return therapist.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new DependencyUnavailableException(Dependency.CREDENTIALING, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DependencyUnavailableException(Dependency.CREDENTIALING, ex);
		}
	}

	@Override
	public void destroy() {
		this.calls.shutdownNow();
	}

	/**
	 * The parts of a needling decision that other services decide.
	 *
	 * @param patientId the patient
	 * @param at the visit's start
	 * @param therapist the credentialing service's decision
	 * @param patient the patient service's readiness
	 */
	public record Parts(UUID patientId, Instant at, Decision therapist, Decision patient) {
	}

}
