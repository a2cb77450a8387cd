package com.ptpractice.credentialing.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.needling.Citation;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * The sentences that go with each reason code: what is wrong, in words a front desk can
 * act on. No names: a decision may be logged or shown beside other therapists'.
 */
final class Reasons {

	/** The short stable names of the state conditions a reason may cite. */
	static final String MINIMUM_YEARS_LICENSED = "minimumYearsLicensed";

	static final String MINIMUM_TRAINING_HOURS = "minimumTrainingHours";

	static final String MINIMUM_SUPERVISED_SESSIONS = "minimumSupervisedSessions";

	static final String REGISTRATION_REQUIRED = "registrationRequired";

	static final String ENDORSEMENT_REQUIRED = "endorsementRequired";

	private Reasons() {
	}

	private static Reason plain(ReasonCode code, String message) {
		return new Reason(code, message, null);
	}

	/**
	 * A reason from one condition of the state's rule: the sentence ends by naming the
	 * rule version, the condition and the source, and the citation says the same for
	 * machines.
	 */
	private static Reason cited(ReasonCode code, String sentence, StateRule rule, String condition,
			String conditionWords) {
		String citation = " Rule " + rule.versionId() + ", " + conditionWords + "; source: " + rule.source()
				+ (rule.source().endsWith(".") ? "" : ".");
		return new Reason(code, sentence + citation, new Citation(rule.versionId(), condition, rule.source()));
	}

	static Reason therapistUnknown() {
		return plain(ReasonCode.THERAPIST_UNKNOWN, "No therapist with this id is registered.");
	}

	static Reason therapistInactive() {
		return plain(ReasonCode.THERAPIST_INACTIVE, "The therapist is marked inactive at the practice.");
	}

	static Reason ruleNotInForce(Jurisdiction state, LocalDate day, @Nullable StateRule next) {
		String upcoming = (next != null)
				? " The next rule version, " + next.versionId() + ", takes effect on " + next.effectiveFrom() + "."
				: "";
		return plain(ReasonCode.STATE_RULE_NOT_IN_FORCE,
				"No dry-needling rule for " + state.displayName() + " is in force on " + day + "." + upcoming);
	}

	static Reason stateProhibits(Jurisdiction state) {
		return plain(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING,
				state.displayName() + " does not allow physical therapists to perform dry needling.");
	}

	static Reason unsettledPolicyDenies(Jurisdiction state) {
		return plain(ReasonCode.STATE_UNSETTLED_POLICY_DENIES, state.displayName()
				+ "'s law on dry needling by physical therapists is unsettled, and the practice's policy is not to offer it there.");
	}

	static Reason noLicense(Jurisdiction state, LocalDate day) {
		return plain(ReasonCode.NO_LICENSE_IN_STATE, "The therapist holds no physical-therapy license or compact "
				+ "privilege in " + state.displayName() + " issued by " + day + ".");
	}

	static Reason licenseNotVerified(Jurisdiction state, Credential license) {
		return plain(ReasonCode.LICENSE_NOT_VERIFIED, "The therapist's " + state.displayName() + " license is "
				+ license.verification().name().toLowerCase(Locale.ROOT) + ", not verified.");
	}

	static Reason licenseNotActive(Jurisdiction state, Credential license) {
		return plain(ReasonCode.LICENSE_NOT_ACTIVE, "The therapist's " + state.displayName() + " license is "
				+ license.status().name().toLowerCase(Locale.ROOT) + ".");
	}

	static Reason licenseExpires(Jurisdiction state, Credential license, LocalDate day) {
		return plain(ReasonCode.LICENSE_EXPIRES_BEFORE_APPOINTMENT, "The therapist's " + state.displayName()
				+ " license expires on " + license.expiresOn() + ", before the appointment on " + day + ".");
	}

	static Reason tooFewYears(StateRule rule, int minimum, LocalDate since, LocalDate day) {
		return cited(ReasonCode.TOO_FEW_YEARS_LICENSED,
				rule.state().displayName() + " requires " + years(minimum) + " licensed; the therapist has been "
						+ "licensed there since " + since + ", " + years(Period.between(since, day).getYears()) + " by "
						+ day + ".",
				rule, MINIMUM_YEARS_LICENSED, "minimum years licensed");
	}

	private static String years(int years) {
		return years + ((years == 1) ? " year" : " years");
	}

	static Reason noVerifiedCertification(Jurisdiction state) {
		return plain(ReasonCode.NO_VERIFIED_CERTIFICATION,
				"The therapist has no verified, active dry-needling certification that counts in " + state.displayName()
						+ ".");
	}

	static Reason certificationExpires(@Nullable LocalDate expiry, LocalDate day) {
		return plain(ReasonCode.CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT, "The therapist's dry-needling "
				+ "certification expires on " + expiry + ", before the appointment on " + day + ".");
	}

	static Reason tooFewHours(StateRule rule, int minimum, int hours) {
		return cited(ReasonCode.TOO_FEW_TRAINING_HOURS,
				rule.state().displayName() + " requires " + minimum
						+ " hours of dry-needling training; the therapist's certifications show " + hours + ".",
				rule, MINIMUM_TRAINING_HOURS, "minimum training hours");
	}

	static Reason tooFewSessions(StateRule rule, int minimum, int sessions) {
		return cited(ReasonCode.TOO_FEW_SUPERVISED_SESSIONS,
				rule.state().displayName() + " requires " + minimum
						+ " supervised dry-needling sessions; the therapist's certifications show " + sessions + ".",
				rule, MINIMUM_SUPERVISED_SESSIONS, "minimum supervised sessions");
	}

	/**
	 * The state's endorsement, or its registration with or notification of the board, is
	 * missing: both are recorded as a dry-needling endorsement or registration
	 * credential.
	 */
	static Reason endorsementRequired(StateRule rule, boolean onFile, LocalDate day) {
		boolean endorsement = rule.status() == RuleStatus.PERMITTED_WITH_ENDORSEMENT;
		String requirement = endorsement ? "its dry-needling endorsement"
				: "registration with, or notification of, its physical-therapy board before a therapist dry-needles";
		String detail = onFile
				? "the endorsement or registration on file is not verified, not active, or not valid on " + day + "."
				: "none is on file as a dry-needling endorsement or registration.";
		return cited(ReasonCode.ENDORSEMENT_REQUIRED,
				rule.state().displayName() + " requires " + requirement + "; " + detail, rule,
				endorsement ? ENDORSEMENT_REQUIRED : REGISTRATION_REQUIRED,
				endorsement ? "endorsement required" : "registration with the board required");
	}

}
