package com.ptpractice.patients.screening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.screening.Clearance;
import com.ptpractice.patients.screening.Contraindication;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's clearance of flagged contraindications.
 *
 * @param id the clearance's id
 * @param screeningId the screening it clears
 * @param contraindications what it clears
 * @param note the clinical reasoning
 * @param clearedBy the therapist's user id
 * @param clearedAt when it was recorded
 * @param correctsId the clearance this one corrects (and replaces), or null
 */
record ClearanceResponse(UUID id, UUID screeningId, List<Contraindication> contraindications, String note,
		String clearedBy, Instant clearedAt, @Nullable UUID correctsId) {

	static ClearanceResponse of(Clearance clearance) {
		return new ClearanceResponse(clearance.id(), clearance.screeningId(),
				clearance.contraindications().stream().sorted().toList(), clearance.note(), clearance.clearedBy(),
				clearance.clearedAt(), clearance.correctsId());
	}

}
