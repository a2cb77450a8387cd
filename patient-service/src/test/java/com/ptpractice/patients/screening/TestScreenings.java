package com.ptpractice.patients.screening;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Screenings, clearances and screening exceptions for tests outside this package.
 */
public final class TestScreenings {

	private static final Instant NOW = Instant.parse("2026-11-01T15:00:00Z");

	private TestScreenings() {
	}

	public static Screening screening(UUID patientId, Contraindication... flagged) {
		return Screening.record(patientId, ScreeningTests.answers(flagged), "therapist-1", NOW);
	}

	public static Clearance clearance(Screening screening, Contraindication cleared) {
		return screening.clear(Set.of(cleared), "Reviewed with the patient's physician", "therapist-1",
				NOW.plusSeconds(60));
	}

	public static ScreeningSuperseded superseded(UUID screeningId) {
		return new ScreeningSuperseded(screeningId);
	}

	public static ScreeningNotFound notFound(UUID screeningId) {
		return new ScreeningNotFound(screeningId);
	}

	public static ContraindicationsNotFlagged notFlagged(Contraindication contraindication) {
		return new ContraindicationsNotFlagged(Set.of(contraindication));
	}

	public static IncompleteScreening incomplete(Contraindication missing) {
		return new IncompleteScreening(Set.of(missing), Set.of());
	}

}
