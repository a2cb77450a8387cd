package com.ptpractice.credentialing.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.credentials.CredentialStatus;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The dry-needling rule of one state, applied to therapists: a pure function of the
 * state's rule history, the practice's unsettled-state policy, the therapist's
 * credentials and the appointment's time. It loads nothing, so one instance answers a
 * whole batch.
 * <p>
 * Everything is judged on the appointment's local date: the rule version in force that
 * day; a license or compact privilege in the state, verified, active and valid through
 * that day, held for the state's minimum years; a verified, active certification valid
 * that day whose hours and supervised sessions (added up over such certifications) meet
 * the minimums; and the state's endorsement where its rule requires one. Every failed
 * condition is reported, not only the first.
 */
public final class DryNeedlingEligibility {

	private final StateRuleHistory rules;

	private final boolean unsettledStatesAllowed;

	public DryNeedlingEligibility(StateRuleHistory rules, boolean unsettledStatesAllowed) {
		this.rules = rules;
		this.unsettledStatesAllowed = unsettledStatesAllowed;
	}

	public Jurisdiction state() {
		return this.rules.state();
	}

	/**
	 * Decides for one therapist.
	 * @param therapistActive whether the therapist works for the practice
	 * @param credentials the therapist's credentials, of any kind and state
	 * @param when the appointment's start and local date
	 */
	public Decision decide(boolean therapistActive, List<Credential> credentials, AppointmentTime when) {
		LocalDate day = when.localDate();
		Optional<StateRule> rule = this.rules.inForceOn(day);
		List<Reason> reasons = new ArrayList<>();
		if (!therapistActive) {
			reasons.add(Reasons.therapistInactive());
		}
		rule.ifPresentOrElse((inForce) -> checkStateLaw(inForce, reasons),
				() -> reasons.add(Reasons.ruleNotInForce(state(), day, this.rules.nextAfter(day).orElse(null))));
		checkLicense(rule.orElse(null), credentials, day, reasons);
		checkCertification(rule.orElse(null), credentials, day, reasons);
		if (rule.isPresent() && rule.get().requiresEndorsement()) {
			checkEndorsement(rule.get(), credentials, day, reasons);
		}
		return Decision.of(reasons, ruleVersion(rule, day), when.start());
	}

	/**
	 * The decision for an id that names no therapist: that, and what the state's law
	 * says, which holds whoever the therapist is.
	 */
	public Decision unknownTherapist(AppointmentTime when) {
		Decision law = stateLaw(when);
		List<Reason> reasons = new ArrayList<>();
		reasons.add(Reasons.therapistUnknown());
		reasons.addAll(law.reasons());
		return Decision.of(reasons, law.ruleVersion(), when.start());
	}

	/**
	 * What the state's law (and the practice's policy for unsettled states) says on the
	 * appointment's day, whoever the therapist is: the state's reasons every therapist's
	 * decision carries, and nothing about a therapist.
	 */
	public Decision stateLaw(AppointmentTime when) {
		LocalDate day = when.localDate();
		Optional<StateRule> rule = this.rules.inForceOn(day);
		List<Reason> reasons = new ArrayList<>();
		rule.ifPresentOrElse((inForce) -> checkStateLaw(inForce, reasons),
				() -> reasons.add(Reasons.ruleNotInForce(state(), day, this.rules.nextAfter(day).orElse(null))));
		return Decision.of(reasons, ruleVersion(rule, day), when.start());
	}

	private @Nullable String ruleVersion(Optional<StateRule> rule, LocalDate day) {
		return rule.or(() -> this.rules.nextAfter(day)).map(StateRule::versionId).orElse(null);
	}

	private void checkStateLaw(StateRule rule, List<Reason> reasons) {
		if (rule.status() == RuleStatus.PROHIBITED) {
			reasons.add(Reasons.stateProhibits(state()));
		}
		else if (rule.status() == RuleStatus.UNSETTLED && !this.unsettledStatesAllowed) {
			reasons.add(Reasons.unsettledPolicyDenies(state()));
		}
	}

	private void checkLicense(@Nullable StateRule rule, List<Credential> credentials, LocalDate day,
			List<Reason> reasons) {
		List<Credential> licenses = credentials.stream()
			.filter((credential) -> credential.kind().countsAsLicense() && credential.state() == state())
			.filter((credential) -> !credential.issuedOn().isAfter(day))
			.toList();
		if (licenses.isEmpty()) {
			reasons.add(Reasons.noLicense(state(), day));
			return;
		}
		reasons.addAll(licenses.stream()
			.map((license) -> licenseProblems(license, day))
			.min(Comparator.comparingInt(List::size))
			.orElseThrow());
		if (rule != null && rule.minYearsLicensed() != null) {
			checkYearsLicensed(rule, rule.minYearsLicensed(), licenses, day, reasons);
		}
	}

	private List<Reason> licenseProblems(Credential license, LocalDate day) {
		List<Reason> problems = new ArrayList<>();
		if (!license.isVerified()) {
			problems.add(Reasons.licenseNotVerified(state(), license));
		}
		if (license.status() != CredentialStatus.ACTIVE) {
			problems.add(Reasons.licenseNotActive(state(), license));
		}
		if (license.facts().expiresBefore(day)) {
			problems.add(Reasons.licenseExpires(state(), license, day));
		}
		return problems;
	}

	private void checkYearsLicensed(StateRule rule, int minimum, List<Credential> licenses, LocalDate day,
			List<Reason> reasons) {
		// only licenses a credentialing administrator verified and that are active: a
		// pending, rejected, suspended or revoked license proves no years of practice
		licenses.stream()
			.filter(Credential::isInGoodStanding)
			.map(Credential::issuedOn)
			.min(Comparator.naturalOrder())
			.filter((since) -> Period.between(since, day).getYears() < minimum)
			.ifPresent((since) -> reasons.add(Reasons.tooFewYears(rule, minimum, since, day)));
	}

	private void checkCertification(@Nullable StateRule rule, List<Credential> credentials, LocalDate day,
			List<Reason> reasons) {
		List<Credential> usable = credentials.stream()
			.filter((credential) -> credential.kind() == CredentialKind.DRY_NEEDLING_CERTIFICATION)
			.filter((credential) -> credential.appliesIn(state()) && !credential.issuedOn().isAfter(day))
			.filter(Credential::isInGoodStanding)
			.toList();
		if (usable.isEmpty()) {
			reasons.add(Reasons.noVerifiedCertification(state()));
			return;
		}
		List<Credential> valid = usable.stream().filter((certification) -> certification.facts().validOn(day)).toList();
		if (valid.isEmpty()) {
			reasons.add(Reasons.certificationExpires(latestExpiry(usable), day));
		}
		if (rule != null) {
			checkTraining(rule, valid.isEmpty() ? usable : valid, reasons);
		}
	}

	private static @Nullable LocalDate latestExpiry(List<Credential> credentials) {
		return credentials.stream()
			.map(Credential::expiresOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private void checkTraining(StateRule rule, List<Credential> certifications, List<Reason> reasons) {
		int hours = certifications.stream().mapToInt((c) -> valueOrZero(c.facts().trainingHours())).sum();
		int sessions = certifications.stream().mapToInt((c) -> valueOrZero(c.facts().supervisedSessions())).sum();
		if (rule.minTrainingHours() != null && hours < rule.minTrainingHours()) {
			reasons.add(Reasons.tooFewHours(rule, rule.minTrainingHours(), hours));
		}
		if (rule.minSupervisedSessions() != null && sessions < rule.minSupervisedSessions()) {
			reasons.add(Reasons.tooFewSessions(rule, rule.minSupervisedSessions(), sessions));
		}
	}

	private static int valueOrZero(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private void checkEndorsement(StateRule rule, List<Credential> credentials, LocalDate day, List<Reason> reasons) {
		List<Credential> endorsements = credentials.stream()
			.filter((credential) -> credential.kind() == CredentialKind.DRY_NEEDLING_ENDORSEMENT)
			.filter((credential) -> credential.state() == state())
			.toList();
		boolean usable = endorsements.stream()
			.anyMatch((endorsement) -> endorsement.isInGoodStanding() && endorsement.facts().validOn(day));
		if (!usable) {
			reasons.add(Reasons.endorsementRequired(rule, !endorsements.isEmpty(), day));
		}
	}

}
