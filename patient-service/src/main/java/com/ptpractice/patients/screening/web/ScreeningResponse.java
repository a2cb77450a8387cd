package com.ptpractice.patients.screening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.screening.Clearance;
import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.Screening;
import com.ptpractice.patients.screening.ScreeningHistory;

/**
 * A screening with its clearances.
 *
 * @param id the screening's id
 * @param patientId whose screening
 * @param recordedAt when it was recorded
 * @param recordedBy the therapist's user id
 * @param answers one answer per contraindication
 * @param flagged the contraindications answered "yes"
 * @param clearances therapists' clearances of this screening, oldest first
 */
record ScreeningResponse(UUID id, UUID patientId, Instant recordedAt, String recordedBy, List<AnswerResponse> answers,
		List<Contraindication> flagged, List<ClearanceResponse> clearances) {

	static ScreeningResponse of(Screening screening, List<Clearance> clearances) {
		return new ScreeningResponse(screening.id(), screening.patientId(), screening.recordedAt(),
				screening.recordedBy(), screening.answers().stream().map(AnswerResponse::of).toList(),
				screening.flagged().stream().sorted().toList(),
				clearances.stream().map(ClearanceResponse::of).toList());
	}

	static ScreeningResponse of(ScreeningHistory history) {
		return of(history.screening(), history.clearances());
	}

}
