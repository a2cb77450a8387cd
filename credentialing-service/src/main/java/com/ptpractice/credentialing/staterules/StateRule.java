package com.ptpractice.credentialing.staterules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a state's dry-needling rule. Versions are never changed: a change of the
 * law is a new version with a later effective date.
 */
@Table("state_rule")
public class StateRule {

	@Id
	private final UUID id;

	private final Jurisdiction state;

	private final RuleStatus status;

	private final LocalDate effectiveFrom;

	private final @Nullable LocalDate effectiveUntil;

	private final @Nullable Integer minYearsLicensed;

	private final @Nullable Integer minTrainingHours;

	private final @Nullable Integer minSupervisedSessions;

	private final boolean registrationRequired;

	private final boolean writtenConsentRequired;

	private final String source;

	private final @Nullable String note;

	private final @Nullable Boolean minimumsKnown;

	private final @Nullable Confidence confidence;

	private final @Nullable LocalDate researchedOn;

	private final @Nullable LocalDate lawEffectiveFrom;

	private final String recordedBy;

	private final @Nullable String recordedByName;

	private final Instant recordedAt;

	@PersistenceCreator
	StateRule(UUID id, Jurisdiction state, RuleStatus status, LocalDate effectiveFrom,
			@Nullable LocalDate effectiveUntil, @Nullable Integer minYearsLicensed, @Nullable Integer minTrainingHours,
			@Nullable Integer minSupervisedSessions, boolean registrationRequired, boolean writtenConsentRequired,
			String source, @Nullable String note, @Nullable Boolean minimumsKnown, @Nullable Confidence confidence,
			@Nullable LocalDate researchedOn, @Nullable LocalDate lawEffectiveFrom, String recordedBy,
			@Nullable String recordedByName, Instant recordedAt) {
		this.id = id;
		this.state = state;
		this.status = status;
		this.effectiveFrom = effectiveFrom;
		this.effectiveUntil = effectiveUntil;
		this.minYearsLicensed = minYearsLicensed;
		this.minTrainingHours = minTrainingHours;
		this.minSupervisedSessions = minSupervisedSessions;
		this.registrationRequired = registrationRequired;
		this.writtenConsentRequired = writtenConsentRequired;
		this.source = source;
		this.note = note;
		this.minimumsKnown = minimumsKnown;
		this.confidence = confidence;
		this.researchedOn = researchedOn;
		this.lawEffectiveFrom = lawEffectiveFrom;
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
	}

	/**
	 * A new version of the state's rule, recorded now by {@code recordedBy}. It records
	 * whether it states a fixed minimum; where it does not, its note says why.
	 */
	public static StateRule version(Jurisdiction state, StateRuleTerms terms, String recordedBy, Instant recordedAt) {
		return version(state, terms, recordedBy, null, recordedAt);
	}

	/**
	 * A new version of the state's rule, recorded now by {@code recordedBy}, whose name
	 * (as their sign-in gave it) is {@code recordedByName}.
	 */
	public static StateRule version(Jurisdiction state, StateRuleTerms terms, String recordedBy,
			@Nullable String recordedByName, Instant recordedAt) {
		return new StateRule(UUID.randomUUID(), state, terms.status(), terms.effectiveFrom(), terms.effectiveUntil(),
				terms.minYearsLicensed(), terms.minTrainingHours(), terms.minSupervisedSessions(),
				terms.registrationRequired(), terms.writtenConsentRequired(), terms.source(), terms.note(),
				terms.statesFixedMinimum(), terms.confidence(), terms.researchedOn(), terms.lawEffectiveFrom(),
				recordedBy, recordedByName, recordedAt);
	}

	/**
	 * The version's stable name: state and effective date, such as {@code CA-2026-01-01}.
	 */
	public String versionId() {
		return this.state.name() + "-" + this.effectiveFrom;
	}

	/** Whether a therapist needs a state endorsement or registration under this rule. */
	public boolean requiresEndorsement() {
		return this.status == RuleStatus.PERMITTED_WITH_ENDORSEMENT || this.registrationRequired;
	}

	/**
	 * Whether the version states a fixed minimum (years licensed, training hours or
	 * supervised sessions). Versions recorded before this was kept (the first edition)
	 * answer by their numbers.
	 */
	public boolean fixedMinimumsKnown() {
		if (this.minimumsKnown != null) {
			return this.minimumsKnown;
		}
		return this.minYearsLicensed != null || this.minTrainingHours != null || this.minSupervisedSessions != null;
	}

	/**
	 * Whether staff should verify this version with the state board before relying on it:
	 * it permits dry needling, but its source is of low confidence or no fixed minimum is
	 * known.
	 */
	public boolean verifyWithStateBoard() {
		boolean permits = this.status == RuleStatus.PERMITTED || this.status == RuleStatus.PERMITTED_WITH_ENDORSEMENT;
		return permits && (this.confidence == Confidence.LOW || !fixedMinimumsKnown());
	}

	public UUID id() {
		return this.id;
	}

	public Jurisdiction state() {
		return this.state;
	}

	public RuleStatus status() {
		return this.status;
	}

	public LocalDate effectiveFrom() {
		return this.effectiveFrom;
	}

	/** When this version itself ends, if it says so; a later version also ends it. */
	public @Nullable LocalDate effectiveUntil() {
		return this.effectiveUntil;
	}

	public @Nullable Integer minYearsLicensed() {
		return this.minYearsLicensed;
	}

	public @Nullable Integer minTrainingHours() {
		return this.minTrainingHours;
	}

	public @Nullable Integer minSupervisedSessions() {
		return this.minSupervisedSessions;
	}

	public boolean registrationRequired() {
		return this.registrationRequired;
	}

	public boolean writtenConsentRequired() {
		return this.writtenConsentRequired;
	}

	public String source() {
		return this.source;
	}

	public @Nullable String note() {
		return this.note;
	}

	/** How sure the source is; null where the version was recorded without a rating. */
	public @Nullable Confidence confidence() {
		return this.confidence;
	}

	/** The day the source was read, if recorded. */
	public @Nullable LocalDate researchedOn() {
		return this.researchedOn;
	}

	/** The day the law itself took effect, where the source gives it. */
	public @Nullable LocalDate lawEffectiveFrom() {
		return this.lawEffectiveFrom;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	/** The name of who recorded it, as their sign-in gave it; null when not known. */
	public @Nullable String recordedByName() {
		return this.recordedByName;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	Map<String, @Nullable Object> auditView() {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("version", versionId());
		view.put("status", this.status);
		view.put("effectiveFrom", this.effectiveFrom);
		view.put("effectiveUntil", this.effectiveUntil);
		view.put("minYearsLicensed", this.minYearsLicensed);
		view.put("minTrainingHours", this.minTrainingHours);
		view.put("minSupervisedSessions", this.minSupervisedSessions);
		view.put("registrationRequired", this.registrationRequired);
		view.put("writtenConsentRequired", this.writtenConsentRequired);
		view.put("source", this.source);
		view.put("note", this.note);
		view.put("minimumsKnown", this.minimumsKnown);
		view.put("confidence", this.confidence);
		view.put("researchedOn", this.researchedOn);
		view.put("lawEffectiveFrom", this.lawEffectiveFrom);
		return view;
	}

}
