package com.ptpractice.credentialing.staterules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.ptpractice.credentialing.audit.AuditSubject;
import com.ptpractice.credentialing.audit.AuditTrail;
import com.ptpractice.credentialing.shared.Actors;
import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state rules and the unsettled-state policy: reading the history of each state,
 * adding versions, and changing the policy. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class StateRuleBook {

	private final StateRules rules;

	private final UnsettledStatePolicies policies;

	private final JdbcAggregateTemplate aggregates;

	private final AuditTrail audit;

	private final Clock clock;

	StateRuleBook(StateRules rules, UnsettledStatePolicies policies, JdbcAggregateTemplate aggregates, AuditTrail audit,
			Clock clock) {
		this.rules = rules;
		this.policies = policies;
		this.aggregates = aggregates;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every version of the state's rule, in one query (in the caller's transaction, if
	 * any).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public StateRuleHistory history(Jurisdiction state) {
		return new StateRuleHistory(state, this.rules.findByStateOrderByEffectiveFrom(state));
	}

	/** Every version of every state's rule, by state. */
	public Map<Jurisdiction, StateRuleHistory> histories() {
		Map<Jurisdiction, List<StateRule>> byState = this.rules.findAllByOrderByStateAscEffectiveFromAsc()
			.stream()
			.collect(Collectors.groupingBy(StateRule::state));
		return Arrays.stream(Jurisdiction.values())
			.collect(Collectors.toMap((state) -> state,
					(state) -> new StateRuleHistory(state, byState.getOrDefault(state, List.of()))));
	}

	/** One version, by its effective date. */
	public StateRule version(Jurisdiction state, LocalDate effectiveFrom) {
		return history(state).versions()
			.stream()
			.filter((version) -> version.effectiveFrom().equals(effectiveFrom))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("rule version", state + "-" + effectiveFrom));
	}

	/**
	 * Adds a version of the state's rule. It must take effect after the newest version,
	 * so history is only ever extended, never rewritten; it may take effect in the
	 * future.
	 */
	@Transactional
	public StateRule addVersion(Jurisdiction state, StateRuleTerms terms) {
		StateRule version = proposed(state, terms);
		try {
			this.aggregates.insert(version);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("rule-version-exists", "Rule version exists",
					"A version of " + state.displayName() + "'s rule taking effect on " + terms.effectiveFrom()
							+ " was just added by someone else. Reload the history.");
		}
		this.audit.record(AuditSubject.STATE_RULE, version.versionId(), "VERSION_ADDED", null, version.auditView());
		return version;
	}

	/**
	 * The version those terms would add, checked as {@link #addVersion} checks it but not
	 * stored: it must take effect after the newest version.
	 */
	public StateRule proposed(Jurisdiction state, StateRuleTerms terms) {
		Optional<StateRule> latest = history(state).latest();
		if (latest.isPresent() && !terms.effectiveFrom().isAfter(latest.get().effectiveFrom())) {
			throw new InvalidFieldException("effectiveFrom",
					"must be after " + latest.get().effectiveFrom() + ", the effective date of the newest version "
							+ latest.get().versionId() + "; history is never rewritten");
		}
		return StateRule.version(state, terms, Actors.current(), Actors.currentName(), this.clock.instant());
	}

	/**
	 * The practice-wide policy for unsettled states (in the caller's transaction, if
	 * any).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public UnsettledStatePolicy unsettledStatePolicy() {
		return this.policies.findById(true).orElseGet(() -> UnsettledStatePolicy.allowing(false));
	}

	/** Allows or denies unsettled states, if the caller saw the current version. */
	@Transactional
	public UnsettledStatePolicy changeUnsettledStatePolicy(boolean allowed, int expectedVersion) {
		UnsettledStatePolicy policy = this.policies.findById(true)
			.orElseThrow(() -> new IllegalStateException("The policy row is missing"));
		var before = policy.auditView();
		policy.change(allowed, expectedVersion, Actors.current(), Actors.currentName(), this.clock.instant());
		UnsettledStatePolicy saved = this.policies.save(policy);
		this.audit.record(AuditSubject.UNSETTLED_STATE_POLICY, "practice", "CHANGED", before, saved.auditView());
		return saved;
	}

}
