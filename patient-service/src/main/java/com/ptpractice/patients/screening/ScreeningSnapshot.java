package com.ptpractice.patients.screening;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the readiness rule needs to know of one screening: when it was recorded, what it
 * flagged, and when which flags were cleared. No answers' details, no notes.
 *
 * @param recordedAt when the screening (or its correction) was recorded
 * @param screenedAt when the patient was screened: a correction keeps the corrected
 * screening's
 * @param flagged the contraindications answered "yes"
 * @param clearances the clearances of this screening, corrected ones included
 */
public record ScreeningSnapshot(Instant recordedAt, Instant screenedAt, Set<Contraindication> flagged,
		List<ClearanceSnapshot> clearances) {

	public ScreeningSnapshot {
		flagged = Set.copyOf(flagged);
		clearances = List.copyOf(clearances);
	}

	/** A screening that is no correction: screened when it was recorded. */
	public ScreeningSnapshot(Instant recordedAt, Set<Contraindication> flagged, List<ClearanceSnapshot> clearances) {
		this(recordedAt, recordedAt, flagged, clearances);
	}

	/**
	 * One clearance of a screening.
	 *
	 * @param id the clearance's id
	 * @param correctsId the clearance this one corrects, if any
	 * @param clearedAt when the therapist recorded it
	 * @param cleared the contraindications it clears
	 */
	public record ClearanceSnapshot(UUID id, @Nullable UUID correctsId, Instant clearedAt,
			Set<Contraindication> cleared) {

		public ClearanceSnapshot {
			cleared = Set.copyOf(cleared);
		}

		/** A clearance that is no correction. */
		public ClearanceSnapshot(Instant clearedAt, Set<Contraindication> cleared) {
			this(UUID.randomUUID(), null, clearedAt, cleared);
		}

	}

}
