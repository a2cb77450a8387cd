package com.ptpractice.credentialing.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialFacts;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.credentials.CredentialStatus;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.credentialing.staterules.StateRuleTerms;
import com.ptpractice.needling.Citation;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision alone, without a database: every reason code and its boundaries. The
 * appointment is on 2030-06-03 in Denver; the rule is Utah-like (2 years licensed, 50
 * hours, 25 supervised sessions, registration required) in force since 2026-01-01.
 */
class DryNeedlingEligibilityTests {

	static final ZoneId DENVER = ZoneId.of("America/Denver");

	static final LocalDate DAY = LocalDate.of(2030, 6, 3);

	static final AppointmentTime APPOINTMENT = AppointmentTime.at(Instant.parse("2030-06-03T16:00:00Z"), DENVER);

	static final UUID THERAPIST = UUID.randomUUID();

	final List<Credential> credentials = new ArrayList<>();

	@Test
	void aTherapistMeetingEveryConditionIsEligible() {
		holdEverythingInUtah();

		Decision decision = utah().decide(true, this.credentials, APPOINTMENT);

		assertThat(decision.eligible()).isTrue();
		assertThat(decision.reasons()).isEmpty();
		assertThat(decision.ruleVersion()).isEqualTo("UT-2026-01-01");
		assertThat(decision.evaluatedAt()).isEqualTo(Instant.parse("2030-06-03T16:00:00Z"));
	}

	@Test
	void everyFailedConditionIsReportedAtOnce() {
		Decision decision = utah().decide(false, List.of(), APPOINTMENT);

		assertThat(codes(decision)).containsExactly(ReasonCode.THERAPIST_INACTIVE, ReasonCode.NO_LICENSE_IN_STATE,
				ReasonCode.NO_VERIFIED_CERTIFICATION, ReasonCode.ENDORSEMENT_REQUIRED);
		assertThat(decision.eligible()).isFalse();
	}

	@Nested
	class StateLaw {

		@Test
		void aProhibitingStateRefusesWithItsNameInTheMessage() {
			holdEverythingIn(Jurisdiction.CA);

			Decision decision = eligibility(
					history(Jurisdiction.CA, rule(Jurisdiction.CA, RuleStatus.PROHIBITED, "2026-01-01")), false)
				.decide(true, DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);

			assertThat(codes(decision)).containsExactly(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING);
			assertThat(decision.reasons().get(0).message())
				.isEqualTo("California does not allow physical therapists to perform dry needling.");
			assertThat(decision.ruleVersion()).isEqualTo("CA-2026-01-01");
		}

		@Test
		void aRuleNotYetInForceRefusesAndNamesTheComingVersion() {
			holdEverythingInUtah();
			DryNeedlingEligibility eligibility = eligibility(
					history(Jurisdiction.UT, utahRule("2030-06-04", RuleStatus.PERMITTED)), false);

			Decision decision = eligibility.decide(true, DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);

			assertThat(codes(decision)).containsExactly(ReasonCode.STATE_RULE_NOT_IN_FORCE);
			assertThat(decision.ruleVersion()).isEqualTo("UT-2030-06-04");
		}

		@Test
		void aRuleEffectiveExactlyOnTheAppointmentsDayApplies() {
			holdEverythingInUtah();
			DryNeedlingEligibility eligibility = eligibility(
					history(Jurisdiction.UT, rule(Jurisdiction.UT, RuleStatus.PROHIBITED, "2026-01-01"),
							utahRule("2030-06-03", RuleStatus.PERMITTED)),
					false);

			Decision onTheDay = eligibility.decide(true, DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);
			Decision dayBefore = eligibility.decide(true, DryNeedlingEligibilityTests.this.credentials,
					AppointmentTime.onDay(DAY.minusDays(1)));

			assertThat(onTheDay.eligible()).isTrue();
			assertThat(onTheDay.ruleVersion()).isEqualTo("UT-2030-06-03");
			assertThat(codes(dayBefore)).containsExactly(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING);
			assertThat(dayBefore.ruleVersion()).isEqualTo("UT-2026-01-01");
		}

		@Test
		void aVersionThatEndedIsNoLongerInForce() {
			holdEverythingInUtah();
			StateRule ended = StateRule.version(Jurisdiction.UT, new StateRuleTerms(RuleStatus.PERMITTED,
					LocalDate.parse("2026-01-01"), DAY, null, null, null, false, false, "test", null), "test",
					Instant.EPOCH);

			Decision decision = eligibility(history(Jurisdiction.UT, ended), false).decide(true,
					DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);

			assertThat(codes(decision)).containsExactly(ReasonCode.STATE_RULE_NOT_IN_FORCE);
		}

		@Test
		void anUnsettledStateFollowsThePracticePolicy() {
			holdEverythingIn(Jurisdiction.PA);
			StateRuleHistory pennsylvania = history(Jurisdiction.PA,
					rule(Jurisdiction.PA, RuleStatus.UNSETTLED, "2026-01-01"));

			Decision denied = eligibility(pennsylvania, false).decide(true,
					DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);
			Decision allowed = eligibility(pennsylvania, true).decide(true,
					DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);

			assertThat(codes(denied)).containsExactly(ReasonCode.STATE_UNSETTLED_POLICY_DENIES);
			assertThat(allowed.eligible()).isTrue();
		}

		@Test
		void anInactiveTherapistIsRefused() {
			holdEverythingInUtah();

			assertThat(codes(utah().decide(false, DryNeedlingEligibilityTests.this.credentials, APPOINTMENT)))
				.containsExactly(ReasonCode.THERAPIST_INACTIVE);
		}

	}

	@Nested
	class License {

		@Test
		void aLicenseInAnotherStateDoesNotCount() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.CO, "2015-01-01", null)));

			assertThat(codes(decide())).containsExactly(ReasonCode.NO_LICENSE_IN_STATE);
		}

		@Test
		void aCompactPrivilegeCountsAsALicenseInItsState() {
			holdUtahCertificationAndEndorsement();
			hold(verified(Credential.record(THERAPIST, CredentialKind.COMPACT_PRIVILEGE,
					facts(Jurisdiction.UT, "2015-01-01", null))));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void aLicenseIssuedAfterTheAppointmentDoesNotCount() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2030-06-04", null)));

			assertThat(codes(decide())).containsExactly(ReasonCode.NO_LICENSE_IN_STATE);
		}

		@Test
		void aPendingLicenseIsNotVerified() {
			holdUtahCertificationAndEndorsement();
			hold(licenseIn(Jurisdiction.UT, "2015-01-01", null));

			assertThat(codes(decide())).containsExactly(ReasonCode.LICENSE_NOT_VERIFIED);
		}

		@Test
		void aRejectedLicenseIsNotVerified() {
			holdUtahCertificationAndEndorsement();
			Credential rejected = licenseIn(Jurisdiction.UT, "2015-01-01", null);
			rejected.reject("admin", Instant.EPOCH, "board", "no such license", rejected.version());
			hold(rejected);

			assertThat(codes(decide())).containsExactly(ReasonCode.LICENSE_NOT_VERIFIED);
		}

		@Test
		void aLicenseFailingSeveralWaysReportsEachOne() {
			holdUtahCertificationAndEndorsement();
			Credential license = licenseIn(Jurisdiction.UT, "2015-01-01", "2030-01-31");
			license.revise(license.facts(), CredentialStatus.REVOKED, license.version());
			hold(license);

			assertThat(codes(decide())).containsExactly(ReasonCode.LICENSE_NOT_VERIFIED, ReasonCode.LICENSE_NOT_ACTIVE,
					ReasonCode.LICENSE_EXPIRES_BEFORE_APPOINTMENT);
		}

		@Test
		void aSuspendedLicenseIsNotActive() {
			holdUtahCertificationAndEndorsement();
			Credential license = verified(licenseIn(Jurisdiction.UT, "2015-01-01", null));
			license.revise(license.facts(), CredentialStatus.SUSPENDED, license.version());
			hold(license);

			assertThat(codes(decide())).containsExactly(ReasonCode.LICENSE_NOT_ACTIVE);
		}

		@Test
		void aLicenseExpiringTheDayBeforeTheAppointmentIsRefused() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", "2030-06-02")));

			assertThat(codes(decide())).containsExactly(ReasonCode.LICENSE_EXPIRES_BEFORE_APPOINTMENT);
		}

		@Test
		void aLicenseExpiringOnTheAppointmentsDayIsStillValid() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", "2030-06-03")));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void aLicenseExpiringTheDayAfterTheAppointmentIsValid() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", "2030-06-04")));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void theAppointmentsLocalDateDecidesNotTheUtcDate() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", "2030-06-02")));
			// 01:00 UTC on June 3 is still June 2 in Denver
			Instant lateEvening = Instant.parse("2030-06-03T01:00:00Z");

			assertThat(utah()
				.decide(true, DryNeedlingEligibilityTests.this.credentials, AppointmentTime.at(lateEvening, DENVER))
				.eligible()).isTrue();
			assertThat(codes(utah().decide(true, DryNeedlingEligibilityTests.this.credentials,
					AppointmentTime.at(lateEvening, ZoneId.of("UTC")))))
				.containsExactly(ReasonCode.LICENSE_EXPIRES_BEFORE_APPOINTMENT);
		}

		@Test
		void aValidRenewalOutweighsAnExpiredLicense() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", "2029-12-31")));
			hold(verified(licenseIn(Jurisdiction.UT, "2029-12-15", "2031-12-31")));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void yearsLicensedExactlyAtTheMinimumAreEnough() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2028-06-03", null)));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void oneDayShortOfTheMinimumYearsIsTooFew() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2028-06-04", null)));

			Decision decision = decide();

			assertThat(codes(decision)).containsExactly(ReasonCode.TOO_FEW_YEARS_LICENSED);
			assertThat(decision.reasons().get(0).message()).contains("2 years", "since 2028-06-04");
		}

		@Test
		void onlyVerifiedLicensesInGoodStandingCountTowardTheYears() {
			Credential pending = licenseIn(Jurisdiction.UT, "2015-01-01", null);
			Credential rejected = licenseIn(Jurisdiction.UT, "2015-01-01", null);
			rejected.reject("admin", Instant.EPOCH, "primary source", "no such license", 0);
			Credential suspended = verified(licenseIn(Jurisdiction.UT, "2015-01-01", null));
			suspended.revise(suspended.facts(), CredentialStatus.SUSPENDED, suspended.version());
			Credential revoked = verified(licenseIn(Jurisdiction.UT, "2015-01-01", null));
			revoked.revise(revoked.facts(), CredentialStatus.REVOKED, revoked.version());
			for (Credential old : List.of(pending, rejected, suspended, revoked)) {
				DryNeedlingEligibilityTests.this.credentials.clear();
				holdUtahCertificationAndEndorsement();
				hold(verified(licenseIn(Jurisdiction.UT, "2029-01-01", null)));
				hold(old);

				assertThat(codes(decide())).as("an old license %s / %s", old.verification(), old.status())
					.contains(ReasonCode.TOO_FEW_YEARS_LICENSED);
			}
		}

		@Test
		void yearsCountFromTheEarliestLicenseInTheState() {
			holdUtahCertificationAndEndorsement();
			hold(verified(licenseIn(Jurisdiction.UT, "2020-01-01", "2029-12-31")));
			hold(verified(licenseIn(Jurisdiction.UT, "2029-12-20", null)));

			assertThat(decide().eligible()).isTrue();
		}

	}

	@Nested
	class Certification {

		@Test
		void aPendingCertificationIsNoVerifiedCertification() {
			holdUtahLicenseAndEndorsement();
			hold(certification(54, 30, null));

			assertThat(codes(decide())).containsExactly(ReasonCode.NO_VERIFIED_CERTIFICATION);
		}

		@Test
		void aSuspendedCertificationDoesNotCount() {
			holdUtahLicenseAndEndorsement();
			Credential certification = verified(certification(54, 30, null));
			certification.revise(certification.facts(), CredentialStatus.SUSPENDED, certification.version());
			hold(certification);

			assertThat(codes(decide())).containsExactly(ReasonCode.NO_VERIFIED_CERTIFICATION);
		}

		@Test
		void aCertificationForAnotherStateDoesNotCount() {
			holdUtahLicenseAndEndorsement();
			hold(verified(Credential.record(THERAPIST, CredentialKind.DRY_NEEDLING_CERTIFICATION, new CredentialFacts(
					Jurisdiction.CO, null, "Institute", 54, 30, LocalDate.parse("2021-01-01"), null))));

			assertThat(codes(decide())).containsExactly(ReasonCode.NO_VERIFIED_CERTIFICATION);
		}

		@Test
		void aCertificationExpiringTheDayBeforeTheAppointmentIsRefused() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(54, 30, "2030-06-02")));

			Decision decision = decide();

			assertThat(codes(decision)).containsExactly(ReasonCode.CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT);
			assertThat(decision.reasons().get(0).message()).contains("2030-06-02");
		}

		@Test
		void aCertificationExpiringOnTheAppointmentsDayIsStillValid() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(54, 30, "2030-06-03")));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void aCertificationExpiringTheDayAfterIsValid() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(54, 30, "2030-06-04")));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void fewerTrainingHoursThanTheStateRequiresAreRefused() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(49, 30, null)));

			Decision decision = decide();

			assertThat(codes(decision)).containsExactly(ReasonCode.TOO_FEW_TRAINING_HOURS);
			assertThat(decision.reasons().get(0).message()).contains("50 hours", "show 49");
		}

		@Test
		void aReasonFromAStateConditionCitesTheRuleVersionTheConditionAndTheSource() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(49, 30, null)));

			Reason reason = decide().reasons().get(0);

			assertThat(reason.citation())
				.isEqualTo(new Citation("UT-2026-01-01", "minimumTrainingHours", "Utah Admin. Code R156-24b-505"));
			assertThat(reason.message())
				.endsWith("Rule UT-2026-01-01, minimum training hours; source: Utah Admin. Code R156-24b-505.");
		}

		@Test
		void trainingHoursExactlyAtTheMinimumAreEnough() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(50, 25, null)));

			assertThat(decide().eligible()).isTrue();
		}

		@Test
		void fewerSupervisedSessionsThanTheStateRequiresAreRefused() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(54, 24, null)));

			assertThat(codes(decide())).containsExactly(ReasonCode.TOO_FEW_SUPERVISED_SESSIONS);
		}

		@Test
		void hoursAndSessionsAddUpOverValidCertifications() {
			holdUtahLicenseAndEndorsement();
			hold(verified(certification(27, 10, null)));
			hold(verified(certification(27, 15, null)));

			assertThat(decide().eligible()).isTrue();
		}

	}

	@Nested
	class Endorsement {

		@Test
		void aStateRequiringRegistrationRefusesWithoutOne() {
			holdUtahLicenseAndCertification();

			Decision decision = decide();

			assertThat(codes(decision)).containsExactly(ReasonCode.ENDORSEMENT_REQUIRED);
			assertThat(decision.reasons().get(0).message()).contains("none is on file");
		}

		@Test
		void anUnverifiedOrExpiredEndorsementIsNotEnough() {
			holdUtahLicenseAndCertification();
			hold(endorsementIn(Jurisdiction.UT, null));
			hold(verified(endorsementIn(Jurisdiction.UT, "2030-06-02")));

			Decision decision = decide();

			assertThat(codes(decision)).containsExactly(ReasonCode.ENDORSEMENT_REQUIRED);
			assertThat(decision.reasons().get(0).message()).contains("not valid on 2030-06-03");
		}

		@Test
		void anEndorsementOfAnotherStateDoesNotCount() {
			holdUtahLicenseAndCertification();
			hold(verified(endorsementIn(Jurisdiction.WA, null)));

			assertThat(codes(decide())).containsExactly(ReasonCode.ENDORSEMENT_REQUIRED);
		}

		@Test
		void permittedWithEndorsementRequiresOneEvenWithoutTheRegistrationFlag() {
			holdEverythingIn(Jurisdiction.WA);
			StateRule washington = rule(Jurisdiction.WA, RuleStatus.PERMITTED_WITH_ENDORSEMENT, "2024-06-22");
			DryNeedlingEligibilityTests.this.credentials
				.removeIf((credential) -> credential.kind() == CredentialKind.DRY_NEEDLING_ENDORSEMENT);

			Decision decision = eligibility(history(Jurisdiction.WA, washington), false).decide(true,
					DryNeedlingEligibilityTests.this.credentials, APPOINTMENT);

			assertThat(codes(decision)).containsExactly(ReasonCode.ENDORSEMENT_REQUIRED);
		}

		@Test
		void aStateWithoutTheRequirementNeedsNoEndorsement() {
			holdUtahLicenseAndCertification();
			StateRule noRegistration = StateRule.version(Jurisdiction.UT, new StateRuleTerms(RuleStatus.PERMITTED,
					LocalDate.parse("2026-01-01"), null, 2, 50, 25, false, false, "test", null), "test", Instant.EPOCH);

			assertThat(eligibility(history(Jurisdiction.UT, noRegistration), false)
				.decide(true, DryNeedlingEligibilityTests.this.credentials, APPOINTMENT)
				.eligible()).isTrue();
		}

	}

	@Test
	void anUnknownTherapistGetsItsOwnCode() {
		Decision decision = utah().unknownTherapist(APPOINTMENT);

		assertThat(codes(decision)).containsExactly(ReasonCode.THERAPIST_UNKNOWN);
		assertThat(decision.ruleVersion()).isEqualTo("UT-2026-01-01");
	}

	@Test
	void theStatesLawAloneListsOnlyTheStatesReasonsOnTheAppointmentsDay() {
		DryNeedlingEligibility oregonLater = eligibility(
				history(Jurisdiction.OR, rule(Jurisdiction.OR, RuleStatus.PROHIBITED, "2026-01-01"),
						rule(Jurisdiction.OR, RuleStatus.PERMITTED, "2030-06-04")),
				false);

		Decision prohibited = oregonLater.stateLaw(APPOINTMENT);
		Decision permitted = oregonLater.stateLaw(AppointmentTime.onDay(DAY.plusDays(1)));

		assertThat(codes(prohibited)).containsExactly(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING);
		assertThat(prohibited.ruleVersion()).isEqualTo("OR-2026-01-01");
		assertThat(prohibited.evaluatedAt()).isEqualTo(Instant.parse("2030-06-03T16:00:00Z"));
		assertThat(permitted.eligible()).isTrue();
		assertThat(permitted.ruleVersion()).isEqualTo("OR-2030-06-04");
	}

	@Test
	void theStatesLawAloneFollowsThePolicyForUnsettledStatesAndAMissingRule() {
		StateRuleHistory pennsylvania = history(Jurisdiction.PA,
				rule(Jurisdiction.PA, RuleStatus.UNSETTLED, "2026-01-01"));

		assertThat(codes(eligibility(pennsylvania, false).stateLaw(APPOINTMENT)))
			.containsExactly(ReasonCode.STATE_UNSETTLED_POLICY_DENIES);
		assertThat(eligibility(pennsylvania, true).stateLaw(APPOINTMENT).eligible()).isTrue();
		assertThat(codes(eligibility(history(Jurisdiction.UT, utahRule("2030-06-04", RuleStatus.PERMITTED)), false)
			.stateLaw(APPOINTMENT))).containsExactly(ReasonCode.STATE_RULE_NOT_IN_FORCE);
	}

	@Test
	void aTherapistsDecisionCarriesTheStatesLawAlone() {
		DryNeedlingEligibility california = eligibility(
				history(Jurisdiction.CA, rule(Jurisdiction.CA, RuleStatus.PROHIBITED, "2026-01-01")), false);

		assertThat(codes(california.decide(false, List.of(), APPOINTMENT)))
			.containsAll(codes(california.stateLaw(APPOINTMENT)));
		assertThat(codes(california.unknownTherapist(APPOINTMENT))).containsExactly(ReasonCode.THERAPIST_UNKNOWN,
				ReasonCode.STATE_PROHIBITS_DRY_NEEDLING);
	}

	Decision decide() {
		return utah().decide(true, this.credentials, APPOINTMENT);
	}

	static DryNeedlingEligibility utah() {
		return eligibility(history(Jurisdiction.UT, utahRule("2026-01-01", RuleStatus.PERMITTED)), false);
	}

	static DryNeedlingEligibility eligibility(StateRuleHistory history, boolean unsettledAllowed) {
		return new DryNeedlingEligibility(history, unsettledAllowed);
	}

	static StateRuleHistory history(Jurisdiction state, StateRule... versions) {
		return new StateRuleHistory(state, List.of(versions));
	}

	static StateRule utahRule(String effectiveFrom, RuleStatus status) {
		return StateRule.version(Jurisdiction.UT, new StateRuleTerms(status, LocalDate.parse(effectiveFrom), null, 2,
				50, 25, true, false, "Utah Admin. Code R156-24b-505", null), "test", Instant.EPOCH);
	}

	static StateRule rule(Jurisdiction state, RuleStatus status, String effectiveFrom) {
		return StateRule.version(state, new StateRuleTerms(status, LocalDate.parse(effectiveFrom), null, null, null,
				null, false, false, "test", null), "test", Instant.EPOCH);
	}

	void holdEverythingInUtah() {
		holdEverythingIn(Jurisdiction.UT);
	}

	void holdEverythingIn(Jurisdiction state) {
		hold(verified(licenseIn(state, "2015-01-01", null)));
		hold(verified(certification(54, 30, null)));
		hold(verified(endorsementIn(state, null)));
	}

	void holdUtahCertificationAndEndorsement() {
		hold(verified(certification(54, 30, null)));
		hold(verified(endorsementIn(Jurisdiction.UT, null)));
	}

	void holdUtahLicenseAndEndorsement() {
		hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", null)));
		hold(verified(endorsementIn(Jurisdiction.UT, null)));
	}

	void holdUtahLicenseAndCertification() {
		hold(verified(licenseIn(Jurisdiction.UT, "2015-01-01", null)));
		hold(verified(certification(54, 30, null)));
	}

	void hold(Credential credential) {
		this.credentials.add(credential);
	}

	static Credential verified(Credential credential) {
		credential.verify("admin", Instant.EPOCH, "primary source", null, credential.version());
		return credential;
	}

	static Credential licenseIn(Jurisdiction state, String issuedOn, @Nullable String expiresOn) {
		return Credential.record(THERAPIST, CredentialKind.STATE_LICENSE, facts(state, issuedOn, expiresOn));
	}

	static Credential endorsementIn(Jurisdiction state, @Nullable String expiresOn) {
		return Credential.record(THERAPIST, CredentialKind.DRY_NEEDLING_ENDORSEMENT,
				facts(state, "2022-01-01", expiresOn));
	}

	static Credential certification(int hours, int sessions, @Nullable String expiresOn) {
		return Credential.record(THERAPIST, CredentialKind.DRY_NEEDLING_CERTIFICATION,
				new CredentialFacts(null, null, "Dry Needling Institute", hours, sessions,
						LocalDate.parse("2021-01-01"), (expiresOn != null) ? LocalDate.parse(expiresOn) : null));
	}

	static CredentialFacts facts(Jurisdiction state, String issuedOn, @Nullable String expiresOn) {
		return new CredentialFacts(state, "N-1", null, null, null, LocalDate.parse(issuedOn),
				(expiresOn != null) ? LocalDate.parse(expiresOn) : null);
	}

	static List<ReasonCode> codes(Decision decision) {
		return decision.reasons().stream().map(Reason::code).toList();
	}

}
