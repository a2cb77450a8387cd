package com.ptpractice.patients.screening;

import java.util.UUID;

/**
 * The patient has no screening with this id.
 */
public class ScreeningNotFound extends RuntimeException {

	ScreeningNotFound(UUID screeningId) {
		super("No screening " + screeningId + " for this patient");
	}

}
