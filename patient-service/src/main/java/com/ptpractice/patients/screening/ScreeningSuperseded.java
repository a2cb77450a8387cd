package com.ptpractice.patients.screening;

import java.util.UUID;

/**
 * Only the patient's latest screening can be cleared or corrected: a clearance holds
 * until the next screening (or the correction of this one), so working on an older one
 * would change nothing.
 */
public class ScreeningSuperseded extends RuntimeException {

	ScreeningSuperseded(UUID screeningId) {
		super("Screening " + screeningId + " has been superseded by a later screening or a correction");
	}

}
