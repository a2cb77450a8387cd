package com.ptpractice.credentialing.staterules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every version of one state's rule, oldest first, and which of them is in force on a
 * given day. A version is in force from its effective date until the next version's
 * effective date, or until its own end date if that comes first.
 *
 * @param state the state
 * @param versions the versions, oldest first
 */
public record StateRuleHistory(Jurisdiction state, List<StateRule> versions) {

	public StateRuleHistory {
		versions = versions.stream().sorted(Comparator.comparing(StateRule::effectiveFrom)).toList();
	}

	/** The version in force on that day, if any. */
	public Optional<StateRule> inForceOn(LocalDate day) {
		return this.versions.stream()
			.filter((version) -> !version.effectiveFrom().isAfter(day))
			.reduce((earlier, later) -> later)
			.filter((version) -> endOf(version) == null || day.isBefore(endOf(version)));
	}

	/** The first version that takes effect after that day, if any. */
	public Optional<StateRule> nextAfter(LocalDate day) {
		return this.versions.stream().filter((version) -> version.effectiveFrom().isAfter(day)).findFirst();
	}

	/** The newest version, whether or not it is in force yet. */
	public Optional<StateRule> latest() {
		return this.versions.isEmpty() ? Optional.empty() : Optional.of(this.versions.getLast());
	}

	/**
	 * The first day the version is no longer in force: its own end date or the next
	 * version's effective date, whichever comes first; null while open-ended.
	 */
	public @Nullable LocalDate endOf(StateRule version) {
		LocalDate next = nextAfter(version.effectiveFrom()).map(StateRule::effectiveFrom).orElse(null);
		LocalDate own = version.effectiveUntil();
		if (next == null || own == null) {
			return (next != null) ? next : own;
		}
		return own.isBefore(next) ? own : next;
	}

}
