package com.ptpractice.credentialing.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialService;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.credentialing.therapists.TherapistRegistry;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.ReasonCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads what a decision needs and asks {@link DryNeedlingEligibility}. A single decision
 * and a batch alike take four queries: the state's rule history, the unsettled-state
 * policy, the therapists, and their credentials.
 * <p>
 * The four run without a transaction: under PostgreSQL's read committed each statement
 * reads its own snapshot inside a transaction as outside one, so a read-only transaction
 * around them made the decision no more consistent and cost a {@code COMMIT} round trip
 * per question (issue 15). They still share one pooled connection, taken once per
 * decision ({@code SUPPORTS} keeps it bound until the decision returns): borrowed per
 * query, 64 questions at once would each queue for the pool four times.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class EligibilityService {

	private final TherapistRegistry therapists;

	private final CredentialService credentials;

	private final StateRuleBook rules;

	EligibilityService(TherapistRegistry therapists, CredentialService credentials, StateRuleBook rules) {
		this.therapists = therapists;
		this.credentials = credentials;
		this.rules = rules;
	}

	/**
	 * The decision for one therapist, as {@link #decideAll} would give it: an id that
	 * names no therapist gets {@link ReasonCode#THERAPIST_UNKNOWN} and the state's law.
	 */
	public Decision decide(UUID therapistId, Jurisdiction state, AppointmentTime when) {
		return decideAll(List.of(therapistId), state, when).get(therapistId);
	}

	/**
	 * The decisions for many therapists, in the order asked, each id once. An id that
	 * names no therapist gets an ineligible decision with
	 * {@link ReasonCode#THERAPIST_UNKNOWN}.
	 */
	public Map<UUID, Decision> decideAll(List<UUID> therapistIds, Jurisdiction state, AppointmentTime when) {
		return decideAllAtTimes(therapistIds, state, List.of(when)).get(when);
	}

	/**
	 * The decisions for many therapists at several times, by time in the order asked,
	 * each as {@link #decideAll} gives it at that time; still four queries.
	 */
	public Map<AppointmentTime, Map<UUID, Decision>> decideAllAtTimes(List<UUID> therapistIds, Jurisdiction state,
			List<AppointmentTime> times) {
		DryNeedlingEligibility eligibility = eligibilityIn(state);
		Map<UUID, Therapist> known = this.therapists.findAll(therapistIds)
			.stream()
			.collect(Collectors.toMap(Therapist::id, Function.identity()));
		Map<UUID, List<Credential>> held = this.credentials.ofTherapists(known.keySet())
			.stream()
			.collect(Collectors.groupingBy(Credential::therapistId));
		Map<AppointmentTime, Map<UUID, Decision>> byTime = new LinkedHashMap<>();
		for (AppointmentTime when : times) {
			Map<UUID, Decision> decisions = new LinkedHashMap<>();
			for (UUID id : therapistIds) {
				Therapist therapist = known.get(id);
				decisions.put(id,
						(therapist != null)
								? eligibility.decide(therapist.isActive(), held.getOrDefault(id, List.of()), when)
								: eligibility.unknownTherapist(when));
			}
			byTime.put(when, decisions);
		}
		return byTime;
	}

	/**
	 * What the state's law says at that time whoever the therapist is: only reasons of
	 * {@link ReasonCode.Party#STATE}, the same every therapist's decision lists.
	 */
	public Decision decideStateLaw(Jurisdiction state, AppointmentTime when) {
		return eligibilityIn(state).stateLaw(when);
	}

	private DryNeedlingEligibility eligibilityIn(Jurisdiction state) {
		return new DryNeedlingEligibility(this.rules.history(state), this.rules.unsettledStatePolicy().allowed());
	}

}
