package com.ptpractice.needling;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DryNeedlingRuleTests {

	private static final Instant AT = Instant.parse("2027-03-02T17:00:00Z");

	private static final Decision THERAPIST_OK = Decision.of(List.of(), "UT-2026-01-01", AT);

	private static final Decision PATIENT_OK = Decision.of(List.of(), "readiness-1", AT);

	@Test
	void allowsWhenEveryPartAllows() {
		Decision decision = DryNeedlingRule.decide(AT, THERAPIST_OK, PATIENT_OK, true);

		assertThat(decision.eligible()).isTrue();
		assertThat(decision.reasons()).isEmpty();
		assertThat(decision.ruleVersion()).isEqualTo("UT-2026-01-01");
		assertThat(decision.evaluatedAt()).isEqualTo(AT);
	}

	@Test
	void listsEveryReasonOfEveryPartTherapistFirstThenPatientThenEvaluation() {
		Decision therapist = Decision.of(List.of(new Reason(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING, "CA"),
				new Reason(ReasonCode.THERAPIST_UNKNOWN, "who")), "CA-2026-01-01", AT);
		Decision patient = Decision.of(List.of(new Reason(ReasonCode.CONSENT_MISSING, "consent"),
				new Reason(ReasonCode.SCREENING_MISSING, "screening")), "readiness-1", AT);

		Decision decision = DryNeedlingRule.decide(AT, therapist, patient, false);

		assertThat(decision.eligible()).isFalse();
		assertThat(decision.codes()).containsExactly(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING,
				ReasonCode.THERAPIST_UNKNOWN, ReasonCode.CONSENT_MISSING, ReasonCode.SCREENING_MISSING,
				ReasonCode.NO_PRIOR_EVALUATION);
		assertThat(decision.ruleVersion()).isEqualTo("CA-2026-01-01");
	}

	@Test
	void refusesOnTheMissingEvaluationAlone() {
		Decision decision = DryNeedlingRule.decide(AT, THERAPIST_OK, PATIENT_OK, false);

		assertThat(decision.codes()).containsExactly(ReasonCode.NO_PRIOR_EVALUATION);
	}

	@Test
	void refusesToCombineAPartAboutAnotherInstant() {
		Decision elsewhen = Decision.of(List.of(), "UT-2026-01-01", AT.plusSeconds(900));

		assertThatExceptionOfType(DryNeedlingRule.DecisionMismatch.class)
			.isThrownBy(() -> DryNeedlingRule.decide(AT, elsewhen, PATIENT_OK, true));
		assertThatExceptionOfType(DryNeedlingRule.DecisionMismatch.class)
			.isThrownBy(() -> DryNeedlingRule.decide(AT, THERAPIST_OK, elsewhen, true));
	}

	@Test
	void aDecisionIsEligibleExactlyWhenItHasNoReasons() {
		List<Reason> one = List.of(new Reason(ReasonCode.CONSENT_MISSING, "consent"));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Decision(true, one, "v", AT));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Decision(false, List.of(), "v", AT));
	}

	private static final Decision STATE_OK = Decision.of(List.of(), "UT-2026-01-01", AT);

	@Test
	void whoeverTheTherapistAllowsWhenTheStatePatientAndEvaluationAllow() {
		Decision decision = DryNeedlingRule.decideWhoeverTheTherapist(AT, STATE_OK, PATIENT_OK, true);

		assertThat(decision.eligible()).isTrue();
		assertThat(decision.ruleVersion()).isEqualTo("UT-2026-01-01");
		assertThat(decision.evaluatedAt()).isEqualTo(AT);
	}

	@Test
	void whoeverTheTherapistListsTheStateThenThePatientThenTheEvaluation() {
		Decision state = Decision.of(List.of(new Reason(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING, "CA")),
				"CA-2026-01-01", AT);
		Decision patient = Decision.of(List.of(new Reason(ReasonCode.CONSENT_MISSING, "consent")), "readiness-1", AT);

		Decision decision = DryNeedlingRule.decideWhoeverTheTherapist(AT, state, patient, false);

		assertThat(decision.eligible()).isFalse();
		assertThat(decision.codes()).containsExactly(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING,
				ReasonCode.CONSENT_MISSING, ReasonCode.NO_PRIOR_EVALUATION);
		assertThat(decision.ruleVersion()).isEqualTo("CA-2026-01-01");
	}

	@Test
	void aPatientReasonAloneRefusesWhoeverTheTherapist() {
		Decision patient = Decision.of(List.of(new Reason(ReasonCode.SCREENING_OUTDATED, "screening")), "readiness-1",
				AT);

		assertThat(DryNeedlingRule.decideWhoeverTheTherapist(AT, STATE_OK, patient, true).codes())
			.containsExactly(ReasonCode.SCREENING_OUTDATED);
	}

	@Test
	void whatRefusesWhoeverTheTherapistRefusesWithEveryTherapistsDecisionToo() {
		Reason unsettled = new Reason(ReasonCode.STATE_UNSETTLED_POLICY_DENIES, "MN");
		Decision state = Decision.of(List.of(unsettled), "MN-2026-01-01", AT);
		Decision patient = Decision.of(List.of(new Reason(ReasonCode.CONTRAINDICATION_NOT_CLEARED, "flag")),
				"readiness-1", AT);
		// therapists' decisions as credentialing gives them: each carries the state's law
		List<Decision> therapists = List.of(Decision.of(List.of(unsettled), "MN-2026-01-01", AT),
				Decision.of(List.of(new Reason(ReasonCode.THERAPIST_INACTIVE, "left"), unsettled,
						new Reason(ReasonCode.NO_LICENSE_IN_STATE, "MN")), "MN-2026-01-01", AT));

		Decision whoever = DryNeedlingRule.decideWhoeverTheTherapist(AT, state, patient, false);

		assertThat(whoever.codes()).containsExactly(ReasonCode.STATE_UNSETTLED_POLICY_DENIES,
				ReasonCode.CONTRAINDICATION_NOT_CLEARED, ReasonCode.NO_PRIOR_EVALUATION);
		for (Decision therapist : therapists) {
			Decision withTherapist = DryNeedlingRule.decide(AT, therapist, patient, false);
			assertThat(withTherapist.eligible()).isFalse();
			assertThat(withTherapist.codes()).containsAll(whoever.codes());
		}
	}

	@Test
	void refusesToTakeATherapistsReasonAsTheStatesLaw() {
		Decision notTheState = Decision.of(List.of(new Reason(ReasonCode.THERAPIST_UNKNOWN, "who")), "UT-2026-01-01",
				AT);

		assertThatExceptionOfType(DryNeedlingRule.DecisionMismatch.class)
			.isThrownBy(() -> DryNeedlingRule.decideWhoeverTheTherapist(AT, notTheState, PATIENT_OK, true));
	}

	@Test
	void whoeverTheTherapistRefusesToCombineAPartAboutAnotherInstant() {
		Decision elsewhen = Decision.of(List.of(), "UT-2026-01-01", AT.minusSeconds(3600));

		assertThatExceptionOfType(DryNeedlingRule.DecisionMismatch.class)
			.isThrownBy(() -> DryNeedlingRule.decideWhoeverTheTherapist(AT, elsewhen, PATIENT_OK, true));
		assertThatExceptionOfType(DryNeedlingRule.DecisionMismatch.class)
			.isThrownBy(() -> DryNeedlingRule.decideWhoeverTheTherapist(AT, STATE_OK, elsewhen, true));
	}

}
