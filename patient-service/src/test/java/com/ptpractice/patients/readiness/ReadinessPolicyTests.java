package com.ptpractice.patients.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import com.ptpractice.patients.consent.ConsentSnapshot;
import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.ScreeningSnapshot.ClearanceSnapshot;
import com.ptpractice.patients.screening.ScreeningSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessPolicyTests {

	private static final Instant APPOINTMENT = Instant.parse("2026-12-01T17:00:00Z");

	private static final Instant WEEK_BEFORE = APPOINTMENT.minus(Duration.ofDays(7));

	private static final List<ConsentSnapshot> SIGNED = List.of(new ConsentSnapshot(WEEK_BEFORE, null));

	private static final List<ScreeningSnapshot> CLEAN = List.of(screening(WEEK_BEFORE, Set.of()));

	@Test
	void signedConsentAndRecentCleanScreeningAreEligible() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, CLEAN);

		assertThat(decision.eligible()).isTrue();
		assertThat(decision.reasons()).isEmpty();
		assertThat(decision.ruleVersion()).isEqualTo("PATIENT-READINESS-2");
		assertThat(decision.evaluatedAt()).isEqualTo(APPOINTMENT);
	}

	@Test
	void nothingOnFileGivesEveryReasonAtOnce() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT, List.of(), List.of());

		assertThat(decision.eligible()).isFalse();
		assertThat(codes(decision)).containsExactly(ReasonCode.CONSENT_MISSING, ReasonCode.SCREENING_MISSING);
		assertThat(decision.reasons()).allSatisfy((reason) -> assertThat(reason.message()).isNotBlank());
	}

	@Test
	void consentSignedAfterTheAppointmentIsMissing() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT,
				List.of(new ConsentSnapshot(APPOINTMENT.plusSeconds(1), null)), CLEAN);

		assertThat(codes(decision)).containsExactly(ReasonCode.CONSENT_MISSING);
	}

	@Test
	void consentSignedAtTheAppointmentInstantCounts() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT, List.of(new ConsentSnapshot(APPOINTMENT, null)),
				CLEAN);

		assertThat(decision.eligible()).isTrue();
	}

	@Test
	void consentRevokedBeforeTheAppointmentIsRevoked() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT,
				List.of(new ConsentSnapshot(WEEK_BEFORE, APPOINTMENT.minusSeconds(1))), CLEAN);

		assertThat(codes(decision)).containsExactly(ReasonCode.CONSENT_REVOKED);
	}

	@Test
	void consentRevokedAtTheAppointmentInstantIsRevoked() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT,
				List.of(new ConsentSnapshot(WEEK_BEFORE, APPOINTMENT)), CLEAN);

		assertThat(codes(decision)).containsExactly(ReasonCode.CONSENT_REVOKED);
	}

	@Test
	void consentRevokedAfterTheAppointmentStillHeldThen() {
		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT,
				List.of(new ConsentSnapshot(WEEK_BEFORE, APPOINTMENT.plusSeconds(1))), CLEAN);

		assertThat(decision.eligible()).isTrue();
	}

	@Test
	void aNewConsentAfterARevokedOneCounts() {
		List<ConsentSnapshot> consents = List.of(new ConsentSnapshot(WEEK_BEFORE, WEEK_BEFORE.plusSeconds(60)),
				new ConsentSnapshot(WEEK_BEFORE.plus(Duration.ofDays(1)), null));

		assertThat(ReadinessPolicy.evaluate(APPOINTMENT, consents, CLEAN).eligible()).isTrue();
	}

	@Test
	void screeningExactlyNinetyDaysOldAtTheAppointmentIsStillValid() {
		List<ScreeningSnapshot> screenings = List.of(screening(APPOINTMENT.minus(Duration.ofDays(90)), Set.of()));

		assertThat(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings).eligible()).isTrue();
	}

	@Test
	void screeningOneMicrosecondOlderThanNinetyDaysIsOutdated() {
		Instant recordedAt = APPOINTMENT.minus(Duration.ofDays(90)).minusNanos(1_000);
		List<ScreeningSnapshot> screenings = List.of(screening(recordedAt, Set.of()));

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings)))
			.containsExactly(ReasonCode.SCREENING_OUTDATED);
	}

	@Test
	void screeningValidTodayButStaleByAFutureAppointmentIsOutdated() {
		// recorded 80 days before "now"; the appointment is 20 days after now
		Instant now = APPOINTMENT.minus(Duration.ofDays(20));
		List<ScreeningSnapshot> screenings = List.of(screening(now.minus(Duration.ofDays(80)), Set.of()));

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings)))
			.containsExactly(ReasonCode.SCREENING_OUTDATED);
	}

	@Test
	void screeningRecordedAfterTheAppointmentDoesNotCount() {
		List<ScreeningSnapshot> screenings = List.of(screening(APPOINTMENT.plusSeconds(1), Set.of()));

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings)))
			.containsExactly(ReasonCode.SCREENING_MISSING);
	}

	@Test
	void theLatestScreeningBeforeTheAppointmentCountsNotALaterOne() {
		List<ScreeningSnapshot> screenings = List.of(
				screening(APPOINTMENT.plusSeconds(60), Set.of(Contraindication.SEVERE_NEEDLE_FEAR)),
				screening(WEEK_BEFORE, Set.of()));

		assertThat(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings).eligible()).isTrue();
	}

	@Test
	void aLaterScreeningReplacesAnEarlierOnesFlagsAndClearances() {
		Instant first = WEEK_BEFORE.minus(Duration.ofDays(7));
		List<ScreeningSnapshot> screenings = List.of(
				screening(first, Set.of(Contraindication.VASCULAR_CONCERNS),
						new ClearanceSnapshot(first.plusSeconds(60), Set.of(Contraindication.VASCULAR_CONCERNS))),
				screening(WEEK_BEFORE, Set.of(Contraindication.VASCULAR_CONCERNS)));

		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings);

		assertThat(codes(decision)).containsExactly(ReasonCode.CONTRAINDICATION_NOT_CLEARED);
	}

	@Test
	void everyUnclearedFlagIsNamedInItsOwnReason() {
		List<ScreeningSnapshot> screenings = List.of(screening(WEEK_BEFORE,
				Set.of(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS, Contraindication.INFECTION_AT_SITE)));

		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings);

		assertThat(decision.eligible()).isFalse();
		assertThat(decision.reasons()).extracting(Reason::message)
			.containsExactly("Bleeding disorder or anticoagulants is flagged and not cleared by a therapist",
					"Infection at the site is flagged and not cleared by a therapist");
		assertThat(codes(decision)).containsOnly(ReasonCode.CONTRAINDICATION_NOT_CLEARED);
	}

	@Test
	void aClearedFlagNoLongerBlocksButAnotherStillDoes() {
		List<ScreeningSnapshot> screenings = List.of(screening(WEEK_BEFORE,
				Set.of(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS, Contraindication.INFECTION_AT_SITE),
				new ClearanceSnapshot(WEEK_BEFORE.plusSeconds(60),
						Set.of(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS))));

		Decision decision = ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings);

		assertThat(decision.reasons()).extracting(Reason::message)
			.containsExactly("Infection at the site is flagged and not cleared by a therapist");
	}

	@Test
	void everyFlagClearedIsEligible() {
		List<ScreeningSnapshot> screenings = List
			.of(screening(WEEK_BEFORE, Set.of(Contraindication.FIRST_TRIMESTER_PREGNANCY), new ClearanceSnapshot(
					WEEK_BEFORE.plusSeconds(60), Set.of(Contraindication.FIRST_TRIMESTER_PREGNANCY))));

		assertThat(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings).eligible()).isTrue();
	}

	@Test
	void clearanceRecordedAfterTheAppointmentDoesNotCount() {
		List<ScreeningSnapshot> screenings = List
			.of(screening(WEEK_BEFORE, Set.of(Contraindication.COMPROMISED_IMMUNITY),
					new ClearanceSnapshot(APPOINTMENT.plusSeconds(1), Set.of(Contraindication.COMPROMISED_IMMUNITY))));

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings)))
			.containsExactly(ReasonCode.CONTRAINDICATION_NOT_CLEARED);
	}

	@Test
	void outdatedScreeningIsOneReasonNotOnePerFlag() {
		List<ScreeningSnapshot> screenings = List.of(screening(APPOINTMENT.minus(Duration.ofDays(120)),
				Set.of(Contraindication.ACTIVE_CANCER_TREATMENT, Contraindication.SEVERE_NEEDLE_FEAR)));

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, List.of(), screenings)))
			.containsExactly(ReasonCode.CONSENT_MISSING, ReasonCode.SCREENING_OUTDATED);
	}

	@Test
	void aCorrectionKeepsWhenThePatientWasScreenedSoItCannotMakeAnOldScreeningYoung() {
		Instant screened = APPOINTMENT.minus(Duration.ofDays(100));
		ScreeningSnapshot original = screening(screened, Set.of(Contraindication.SEVERE_NEEDLE_FEAR));
		ScreeningSnapshot correction = new ScreeningSnapshot(WEEK_BEFORE, screened, Set.of(), List.of());

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, List.of(original, correction))))
			.containsExactly(ReasonCode.SCREENING_OUTDATED);
	}

	@Test
	void aCorrectionReplacesTheScreeningItCorrectsFromWhenItIsRecorded() {
		Instant screened = WEEK_BEFORE;
		ScreeningSnapshot original = screening(screened, Set.of(Contraindication.SEVERE_NEEDLE_FEAR));
		ScreeningSnapshot correction = new ScreeningSnapshot(APPOINTMENT.minusSeconds(60), screened, Set.of(),
				List.of());

		assertThat(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, List.of(original, correction)).eligible()).isTrue();
		assertThat(
				codes(ReadinessPolicy.evaluate(APPOINTMENT.minusSeconds(120), SIGNED, List.of(original, correction))))
			.containsExactly(ReasonCode.CONTRAINDICATION_NOT_CLEARED);
	}

	@Test
	void aCorrectedClearanceCountsUntilItsCorrectionIsRecordedAndTheCorrectionForWhatItClears() {
		ClearanceSnapshot cleared = new ClearanceSnapshot(WEEK_BEFORE.plusSeconds(60),
				Set.of(Contraindication.VASCULAR_CONCERNS));
		ClearanceSnapshot withdrawn = new ClearanceSnapshot(java.util.UUID.randomUUID(), cleared.id(),
				APPOINTMENT.minusSeconds(60), Set.of());
		List<ScreeningSnapshot> screenings = List
			.of(screening(WEEK_BEFORE, Set.of(Contraindication.VASCULAR_CONCERNS), cleared, withdrawn));

		assertThat(codes(ReadinessPolicy.evaluate(APPOINTMENT, SIGNED, screenings)))
			.containsExactly(ReasonCode.CONTRAINDICATION_NOT_CLEARED);
		assertThat(ReadinessPolicy.evaluate(APPOINTMENT.minusSeconds(120), SIGNED, screenings).eligible()).isTrue();
	}

	@Test
	void unknownPatientIsNotEligible() {
		Decision decision = ReadinessPolicy.unknownPatient(APPOINTMENT);

		assertThat(decision.eligible()).isFalse();
		assertThat(codes(decision)).containsExactly(ReasonCode.PATIENT_UNKNOWN);
		assertThat(decision.evaluatedAt()).isEqualTo(APPOINTMENT);
	}

	private static ScreeningSnapshot screening(Instant recordedAt, Set<Contraindication> flagged,
			ClearanceSnapshot... clearances) {
		return new ScreeningSnapshot(recordedAt, flagged, List.of(clearances));
	}

	private static List<ReasonCode> codes(Decision decision) {
		return decision.reasons().stream().map(Reason::code).toList();
	}

}
