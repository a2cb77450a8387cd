package com.ptpractice.patients.screening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.screening.Clearance;
import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.Screening;
import com.ptpractice.patients.screening.ScreeningHistory;
import org.jspecify.annotations.Nullable;

/**
 * A screening with its clearances.
 *
 * @param id the screening's id
 * @param patientId whose screening
 * @param recordedAt when it was recorded
 * @param recordedBy the therapist's user id
 * @param screenedAt when the patient was screened (a correction keeps the corrected
 * screening's)
 * @param correctsId the screening this one corrects, or null
 * @param correctionReason why it was corrected, or null
 * @param answers one answer per contraindication
 * @param flagged the contraindications answered "yes"
 * @param clearances therapists' clearances of this screening as they stand, oldest first
 */
record ScreeningResponse(UUID id, UUID patientId, Instant recordedAt, String recordedBy, Instant screenedAt,
		@Nullable UUID correctsId, @Nullable String correctionReason, List<AnswerResponse> answers,
		List<Contraindication> flagged, List<ClearanceResponse> clearances) {

	static ScreeningResponse of(Screening screening, List<Clearance> clearances) {
		return new ScreeningResponse(screening.id(), screening.patientId(), screening.recordedAt(),
				screening.recordedBy(), screening.screenedAt(), screening.correctsId(), screening.correctionReason(),
				screening.answers().stream().map(AnswerResponse::of).toList(),
				screening.flagged().stream().sorted().toList(),
				clearances.stream().map(ClearanceResponse::of).toList());
	}

	static ScreeningResponse of(ScreeningHistory history) {
		return of(history.screening(), history.clearances());
	}

}
