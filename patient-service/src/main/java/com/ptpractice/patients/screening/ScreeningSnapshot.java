package com.ptpractice.patients.screening;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the readiness rule needs to know of one screening: when it was recorded, what it
 * flagged, and when which flags were cleared. No answers' details, no notes.
 *
 * @param recordedAt when the screening was recorded
 * @param flagged the contraindications answered "yes"
 * @param clearances the clearances of this screening
 */
public record ScreeningSnapshot(Instant recordedAt, Set<Contraindication> flagged, List<ClearanceSnapshot> clearances) {

	public ScreeningSnapshot {
		flagged = Set.copyOf(flagged);
		clearances = List.copyOf(clearances);
	}

	/**
	 * One clearance of a screening.
	 *
	 * @param clearedAt when the therapist recorded it
	 * @param cleared the contraindications it clears
	 */
	public record ClearanceSnapshot(Instant clearedAt, Set<Contraindication> cleared) {

		public ClearanceSnapshot {
			cleared = Set.copyOf(cleared);
		}

	}

}
