package com.ptpractice.patients.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import com.ptpractice.patients.consent.ConsentSnapshot;
import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.ScreeningSnapshot.ClearanceSnapshot;
import com.ptpractice.patients.screening.ScreeningSnapshot;

/**
 * The patient's part of the dry-needling rule, evaluated at the appointment's start
 * instant {@code at}, never "now":
 * <ul>
 * <li>a consent signed at or before {@code at} and not revoked at or before {@code at};
 * <li>a screening recorded at or before {@code at}; the latest such record counts (a
 * correction replaces the screening it corrects from when it is recorded), and the
 * patient must have been screened at most 90 days (90 × 24 hours) before {@code at}:
 * exactly 90 days is still valid, and a correction keeps the corrected screening's date;
 * <li>every contraindication that screening flagged cleared by a therapist at or before
 * {@code at}, by a clearance not corrected by then (a correction counts for what it
 * clears itself). An outdated screening's flags are not listed: a new screening replaces
 * them.
 * </ul>
 * Records made after the appointment instant do not count: they cannot have made an
 * earlier appointment ready.
 */
public final class ReadinessPolicy {

	/** Identifies this rule in every decision; change it when the rule changes. */
	public static final String RULE_VERSION = "PATIENT-READINESS-2";

	/** How long a screening stays valid. */
	public static final Duration SCREENING_VALIDITY = Duration.ofDays(90);

	private ReadinessPolicy() {
	}

	public static Decision evaluate(Instant at, List<ConsentSnapshot> consents, List<ScreeningSnapshot> screenings) {
		List<Reason> reasons = new ArrayList<>();
		consentReason(at, consents).ifPresent(reasons::add);
		reasons.addAll(screeningReasons(at, screenings));
		return Decision.of(reasons, RULE_VERSION, at);
	}

	public static Decision unknownPatient(Instant at) {
		return Decision.of(
				List.of(new Reason(ReasonCode.PATIENT_UNKNOWN,
						"There is no patient with this id. Check the patient chosen for the appointment.")),
				RULE_VERSION, at);
	}

	private static Optional<Reason> consentReason(Instant at, List<ConsentSnapshot> consents) {
		List<ConsentSnapshot> signedByThen = consents.stream()
			.filter((consent) -> !consent.signedAt().isAfter(at))
			.toList();
		if (signedByThen.isEmpty()) {
			return Optional.of(new Reason(ReasonCode.CONSENT_MISSING,
					"No signed dry-needling consent is on file for the appointment time. "
							+ "Have the patient or their legal guardian sign the consent form."));
		}
		boolean inForce = signedByThen.stream().anyMatch((consent) -> notRevokedBy(consent, at));
		return inForce ? Optional.empty() : Optional.of(new Reason(ReasonCode.CONSENT_REVOKED,
				"The patient's dry-needling consent was revoked. A new consent form must be signed."));
	}

	private static boolean notRevokedBy(ConsentSnapshot consent, Instant at) {
		return consent.revokedAt() == null || consent.revokedAt().isAfter(at);
	}

	private static List<Reason> screeningReasons(Instant at, List<ScreeningSnapshot> screenings) {
		Optional<ScreeningSnapshot> latest = screenings.stream()
			.filter((screening) -> !screening.recordedAt().isAfter(at))
			.max(Comparator.comparing(ScreeningSnapshot::recordedAt));
		if (latest.isEmpty()) {
			return List.of(new Reason(ReasonCode.SCREENING_MISSING,
					"No contraindication screening is recorded before the appointment. "
							+ "A therapist must screen the patient."));
		}
		if (isOutdated(latest.get(), at)) {
			return List.of(new Reason(ReasonCode.SCREENING_OUTDATED,
					"The latest contraindication screening will be more than 90 days old at the appointment. "
							+ "A therapist must screen the patient again."));
		}
		return notCleared(latest.get(), at).stream()
			.map((contraindication) -> new Reason(ReasonCode.CONTRAINDICATION_NOT_CLEARED,
					contraindication.label() + " is flagged and not cleared by a therapist"))
			.toList();
	}

	private static boolean isOutdated(ScreeningSnapshot screening, Instant at) {
		return Duration.between(screening.screenedAt(), at).compareTo(SCREENING_VALIDITY) > 0;
	}

	/** The flagged contraindications without a clearance by {@code at}, in code order. */
	private static Set<Contraindication> notCleared(ScreeningSnapshot screening, Instant at) {
		Set<Contraindication> open = EnumSet.noneOf(Contraindication.class);
		open.addAll(screening.flagged());
		List<ClearanceSnapshot> recordedByThen = screening.clearances()
			.stream()
			.filter((clearance) -> !clearance.clearedAt().isAfter(at))
			.toList();
		Set<UUID> correctedByThen = recordedByThen.stream()
			.map(ClearanceSnapshot::correctsId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		recordedByThen.stream()
			.filter((clearance) -> !correctedByThen.contains(clearance.id()))
			.map(ClearanceSnapshot::cleared)
			.forEach(open::removeAll);
		return open;
	}

}
