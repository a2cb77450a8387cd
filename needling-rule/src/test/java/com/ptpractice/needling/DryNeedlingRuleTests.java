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

}
