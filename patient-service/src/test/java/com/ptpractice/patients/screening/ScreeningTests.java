package com.ptpractice.patients.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScreeningTests {

	@Test
	void aCorrectionIsANewScreeningPointingAtTheOldOneScreenedWhenTheOldOneWas() {
		Screening screening = Screening.record(UUID.randomUUID(), answers(Contraindication.SEVERE_NEEDLE_FEAR),
				"therapist-1", NOW);

		Screening correction = screening.correct(answers(), " Wrong patient's answers ", "therapist-2",
				NOW.plusSeconds(3600));

		assertThat(correction.id()).isNotEqualTo(screening.id());
		assertThat(correction.correctsId()).isEqualTo(screening.id());
		assertThat(correction.correctionReason()).isEqualTo("Wrong patient's answers");
		assertThat(correction.patientId()).isEqualTo(screening.patientId());
		assertThat(correction.screenedAt()).isEqualTo(NOW);
		assertThat(correction.recordedAt()).isEqualTo(NOW.plusSeconds(3600));
		assertThat(correction.flagged()).isEmpty();
		assertThat(screening.flagged()).containsExactly(Contraindication.SEVERE_NEEDLE_FEAR);
	}

	@Test
	void aClearanceCorrectionPointsAtTheCorrectedClearanceAndMayClearNothing() {
		Screening screening = Screening.record(UUID.randomUUID(), answers(Contraindication.SEVERE_NEEDLE_FEAR),
				"therapist-1", NOW);
		Clearance clearance = screening.clear(Set.of(Contraindication.SEVERE_NEEDLE_FEAR), "Discussed", "therapist-1",
				NOW);

		Clearance withdrawal = screening.correctClearance(clearance, Set.of(), "Cleared by mistake", "therapist-1",
				NOW.plusSeconds(60));

		assertThat(withdrawal.correctsId()).isEqualTo(clearance.id());
		assertThat(withdrawal.screeningId()).isEqualTo(screening.id());
		assertThat(withdrawal.contraindications()).isEmpty();
		assertThatExceptionOfType(ContraindicationsNotFlagged.class).isThrownBy(() -> screening
			.correctClearance(clearance, Set.of(Contraindication.VASCULAR_CONCERNS), "x", "therapist-1", NOW));
	}

	private static final Instant NOW = Instant.parse("2026-11-01T15:00:00Z");

	@Test
	void aScreeningAnswersEveryContraindicationAndKnowsItsFlags() {
		Screening screening = Screening.record(UUID.randomUUID(),
				answers(Contraindication.SEVERE_NEEDLE_FEAR, Contraindication.VASCULAR_CONCERNS), "therapist-1", NOW);

		assertThat(screening.flagged()).containsExactlyInAnyOrder(Contraindication.SEVERE_NEEDLE_FEAR,
				Contraindication.VASCULAR_CONCERNS);
		assertThat(screening.answers()).extracting(ScreeningAnswer::contraindication)
			.containsExactly(Contraindication.values());
	}

	@Test
	void aMissingAnswerIsRefusedNamingIt() {
		List<ScreeningAnswer> answers = new ArrayList<>(answers());
		answers.removeIf((answer) -> answer.contraindication() == Contraindication.INFECTION_AT_SITE);

		assertThatExceptionOfType(IncompleteScreening.class)
			.isThrownBy(() -> Screening.record(UUID.randomUUID(), answers, "therapist-1", NOW))
			.withMessageContaining("missing: INFECTION_AT_SITE");
	}

	@Test
	void noAnswersAtAllAreRefused() {
		assertThatExceptionOfType(IncompleteScreening.class)
			.isThrownBy(() -> Screening.record(UUID.randomUUID(), List.of(), "therapist-1", NOW))
			.withMessageContaining("FIRST_TRIMESTER_PREGNANCY");
	}

	@Test
	void aRepeatedAnswerIsRefused() {
		List<ScreeningAnswer> answers = new ArrayList<>(answers());
		answers.add(new ScreeningAnswer(Contraindication.SEVERE_NEEDLE_FEAR, true, null));

		assertThatExceptionOfType(IncompleteScreening.class)
			.isThrownBy(() -> Screening.record(UUID.randomUUID(), answers, "therapist-1", NOW))
			.withMessageContaining("more than once: SEVERE_NEEDLE_FEAR");
	}

	@Test
	void clearingFlaggedContraindicationsMakesAClearanceOfThisScreening() {
		Screening screening = Screening.record(UUID.randomUUID(), answers(Contraindication.SEVERE_NEEDLE_FEAR),
				"therapist-1", NOW);

		Clearance clearance = screening.clear(Set.of(Contraindication.SEVERE_NEEDLE_FEAR), " Discussed; desensitised ",
				"therapist-2", NOW.plusSeconds(60));

		assertThat(clearance.screeningId()).isEqualTo(screening.id());
		assertThat(clearance.contraindications()).containsExactly(Contraindication.SEVERE_NEEDLE_FEAR);
		assertThat(clearance.note()).isEqualTo("Discussed; desensitised");
		assertThat(clearance.clearedBy()).isEqualTo("therapist-2");
	}

	@Test
	void clearingAContraindicationThatIsNotFlaggedIsRefused() {
		Screening screening = Screening.record(UUID.randomUUID(), answers(Contraindication.SEVERE_NEEDLE_FEAR),
				"therapist-1", NOW);

		assertThatExceptionOfType(ContraindicationsNotFlagged.class)
			.isThrownBy(() -> screening.clear(
					Set.of(Contraindication.SEVERE_NEEDLE_FEAR, Contraindication.COMPROMISED_IMMUNITY), "note",
					"therapist-2", NOW))
			.withMessageContaining("COMPROMISED_IMMUNITY")
			.withMessageNotContaining("SEVERE_NEEDLE_FEAR");
	}

	/** One answer per contraindication, "yes" for the flagged ones. */
	static List<ScreeningAnswer> answers(Contraindication... flagged) {
		List<Contraindication> yes = Arrays.asList(flagged);
		return Arrays.stream(Contraindication.values())
			.map((contraindication) -> new ScreeningAnswer(contraindication, yes.contains(contraindication), null))
			.toList();
	}

}
