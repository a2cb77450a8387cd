package com.ptpractice.credentialing.expiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialService;
import com.ptpractice.credentialing.eligibility.AppointmentTime;
import com.ptpractice.credentialing.eligibility.DryNeedlingEligibility;
import com.ptpractice.credentialing.expiry.ExpiryReport.NeedlingLapse;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.credentialing.staterules.StateRuleTerms;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.credentialing.therapists.TherapistRegistry;
import com.ptpractice.needling.Decision;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists' dry-needling standing in each state they hold a credential in, and what a
 * proposed rule version would change: both are the eligibility decision
 * ({@link DryNeedlingEligibility}) of the same credentials under the same rules, asked
 * for many therapists at once with a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class Standings {

	/** Lapses are looked for this many days ahead, as the expiry report's default. */
	public static final int LAPSE_WINDOW_DAYS = 60;

	private final TherapistRegistry therapists;

	private final CredentialService credentials;

	private final StateRuleBook rules;

	Standings(TherapistRegistry therapists, CredentialService credentials, StateRuleBook rules) {
		this.therapists = therapists;
		this.credentials = credentials;
		this.rules = rules;
	}

	/**
	 * One page of therapists (as {@link TherapistRegistry#search}) with their credentials
	 * and a decision on {@code day} for every state they hold a state-bound credential
	 * in.
	 */
	public Page<TherapistStanding> page(@Nullable String text, Pageable pageable, LocalDate day) {
		Page<Therapist> page = this.therapists.search(text, pageable);
		Map<UUID, List<Credential>> held = heldBy(page.getContent().stream().map(Therapist::id).toList());
		Map<Jurisdiction, StateRuleHistory> histories = this.rules.histories();
		boolean unsettledAllowed = this.rules.unsettledStatePolicy().allowed();
		ExpiryWatch.Window window = new ExpiryWatch.Window(day, day.plusDays(LAPSE_WINDOW_DAYS), histories,
				unsettledAllowed);
		return page.map((therapist) -> {
			List<Credential> own = held.getOrDefault(therapist.id(), List.of());
			List<StateStanding> states = statesOf(own).stream().map((state) -> {
				DryNeedlingEligibility eligibility = new DryNeedlingEligibility(histories.get(state), unsettledAllowed);
				Decision decision = eligibility.decide(therapist.isActive(), own, AppointmentTime.onDay(day));
				LocalDate lapsesOn = window.lapseIn(state, therapist, own).map(NeedlingLapse::lapsesOn).orElse(null);
				return new StateStanding(state, decision, lapsesOn);
			}).toList();
			return new TherapistStanding(therapist, own, states);
		});
	}

	/**
	 * Whose standing in the state the proposed version would change, and on which day:
	 * every therapist holding a credential bound to the state, decided with and without
	 * the version on the day it takes effect and on the day it ends (if it ends). The
	 * terms are checked as adding them would check them; nothing is stored.
	 */
	public RulePreview preview(Jurisdiction state, StateRuleTerms terms) {
		StateRule proposed = this.rules.proposed(state, terms);
		StateRuleHistory before = this.rules.history(state);
		List<StateRule> versions = new ArrayList<>(before.versions());
		versions.add(proposed);
		StateRuleHistory after = new StateRuleHistory(state, versions);
		boolean unsettledAllowed = this.rules.unsettledStatePolicy().allowed();
		DryNeedlingEligibility now = new DryNeedlingEligibility(before, unsettledAllowed);
		DryNeedlingEligibility then = new DryNeedlingEligibility(after, unsettledAllowed);
		List<LocalDate> days = Stream.of(proposed.effectiveFrom(), after.endOf(proposed))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Set<UUID> holders = this.credentials.holdersIn(state);
		Map<UUID, List<Credential>> held = heldBy(holders);
		List<Change> changes = new ArrayList<>();
		for (Therapist therapist : this.therapists.named(holders)) {
			List<Credential> own = held.getOrDefault(therapist.id(), List.of());
			for (LocalDate day : days) {
				Decision was = now.decide(therapist.isActive(), own, AppointmentTime.onDay(day));
				Decision becomes = then.decide(therapist.isActive(), own, AppointmentTime.onDay(day));
				if (was.eligible() != becomes.eligible() || !was.codes().equals(becomes.codes())) {
					changes.add(new Change(therapist, day, was, becomes));
				}
			}
		}
		return new RulePreview(state, proposed, days, holders.size(), changes);
	}

	private Map<UUID, List<Credential>> heldBy(Collection<UUID> ids) {
		return this.credentials.ofTherapists(ids).stream().collect(Collectors.groupingBy(Credential::therapistId));
	}

	private static List<Jurisdiction> statesOf(List<Credential> held) {
		return held.stream()
			.map(Credential::state)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new))
			.stream()
			.toList();
	}

	/**
	 * A therapist, their credentials and their standing in each state.
	 *
	 * @param therapist the therapist
	 * @param credentials every credential they hold
	 * @param states a decision per state they hold a state-bound credential in, by state
	 */
	public record TherapistStanding(Therapist therapist, List<Credential> credentials, List<StateStanding> states) {
	}

	/**
	 * The decision in one state.
	 *
	 * @param state the state
	 * @param decision the eligibility decision on the day asked
	 * @param lapsesOn the first day within {@link #LAPSE_WINDOW_DAYS} the therapist stops
	 * being eligible there, if they are eligible now and that happens
	 */
	public record StateStanding(Jurisdiction state, Decision decision, @Nullable LocalDate lapsesOn) {
	}

	/**
	 * What a proposed version would change.
	 *
	 * @param state the state
	 * @param proposed the version as it would be stored
	 * @param days the days compared: the version's first day and the day it stops
	 * @param therapistsChecked how many therapists hold a credential in the state
	 * @param changes every therapist whose decision differs on one of those days
	 */
	public record RulePreview(Jurisdiction state, StateRule proposed, List<LocalDate> days, int therapistsChecked,
			List<Change> changes) {
	}

	/**
	 * One therapist's decision that the version changes.
	 *
	 * @param therapist the therapist
	 * @param on the day it changes
	 * @param before the decision that day without the version
	 * @param after the decision that day with it
	 */
	public record Change(Therapist therapist, LocalDate on, Decision before, Decision after) {
	}

}
