package com.ptpractice.credentialing.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * The sentences that go with each reason code: what is wrong, in words a front desk can
 * act on. No names: a decision may be logged or shown beside other therapists'.
 */
final class Reasons {

	private Reasons() {
	}

	static Reason therapistUnknown() {
		return new Reason(ReasonCode.THERAPIST_UNKNOWN, "No therapist with this id is registered.");
	}

	static Reason therapistInactive() {
		return new Reason(ReasonCode.THERAPIST_INACTIVE, "The therapist is marked inactive at the practice.");
	}

	static Reason ruleNotInForce(Jurisdiction state, LocalDate day, @Nullable StateRule next) {
		String upcoming = (next != null)
				? " The next rule version, " + next.versionId() + ", takes effect on " + next.effectiveFrom() + "."
				: "";
		return new Reason(ReasonCode.STATE_RULE_NOT_IN_FORCE,
				"No dry-needling rule for " + state.displayName() + " is in force on " + day + "." + upcoming);
	}

	static Reason stateProhibits(Jurisdiction state) {
		return new Reason(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING,
				state.displayName() + " does not allow physical therapists to perform dry needling.");
	}

	static Reason unsettledPolicyDenies(Jurisdiction state) {
		return new Reason(ReasonCode.STATE_UNSETTLED_POLICY_DENIES, state.displayName()
				+ "'s law on dry needling by physical therapists is unsettled, and the practice's policy is not to offer it there.");
	}

	static Reason noLicense(Jurisdiction state, LocalDate day) {
		return new Reason(ReasonCode.NO_LICENSE_IN_STATE, "The therapist holds no physical-therapy license or compact "
				+ "privilege in " + state.displayName() + " issued by " + day + ".");
	}

	static Reason licenseNotVerified(Jurisdiction state, Credential license) {
		return new Reason(ReasonCode.LICENSE_NOT_VERIFIED, "The therapist's " + state.displayName() + " license is "
				+ license.verification().name().toLowerCase(Locale.ROOT) + ", not verified.");
	}

	static Reason licenseNotActive(Jurisdiction state, Credential license) {
		return new Reason(ReasonCode.LICENSE_NOT_ACTIVE, "The therapist's " + state.displayName() + " license is "
				+ license.status().name().toLowerCase(Locale.ROOT) + ".");
	}

	static Reason licenseExpires(Jurisdiction state, Credential license, LocalDate day) {
		return new Reason(ReasonCode.LICENSE_EXPIRES_BEFORE_APPOINTMENT, "The therapist's " + state.displayName()
				+ " license expires on " + license.expiresOn() + ", before the appointment on " + day + ".");
	}

	static Reason tooFewYears(Jurisdiction state, int minimum, LocalDate since, LocalDate day) {
		return new Reason(ReasonCode.TOO_FEW_YEARS_LICENSED,
				state.displayName() + " requires " + minimum + " years licensed; the therapist has been licensed there "
						+ "since " + since + ", " + Period.between(since, day).getYears() + " years by " + day + ".");
	}

	static Reason noVerifiedCertification(Jurisdiction state) {
		return new Reason(ReasonCode.NO_VERIFIED_CERTIFICATION,
				"The therapist has no verified, active dry-needling certification that counts in " + state.displayName()
						+ ".");
	}

	static Reason certificationExpires(@Nullable LocalDate expiry, LocalDate day) {
		return new Reason(ReasonCode.CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT, "The therapist's dry-needling "
				+ "certification expires on " + expiry + ", before the appointment on " + day + ".");
	}

	static Reason tooFewHours(Jurisdiction state, int minimum, int hours) {
		return new Reason(ReasonCode.TOO_FEW_TRAINING_HOURS, state.displayName() + " requires " + minimum
				+ " hours of dry-needling training; the therapist's certifications show " + hours + ".");
	}

	static Reason tooFewSessions(Jurisdiction state, int minimum, int sessions) {
		return new Reason(ReasonCode.TOO_FEW_SUPERVISED_SESSIONS, state.displayName() + " requires " + minimum
				+ " supervised dry-needling sessions; the therapist's certifications show " + sessions + ".");
	}

	static Reason endorsementRequired(Jurisdiction state, boolean onFile, LocalDate day) {
		String detail = onFile ? "the one on file is not verified, not active, or not valid on " + day + "."
				: "none is on file.";
		return new Reason(ReasonCode.ENDORSEMENT_REQUIRED,
				state.displayName() + " requires a dry-needling endorsement or registration; " + detail);
	}

}
