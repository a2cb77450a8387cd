package com.ptpractice.patients.screening;

import java.util.UUID;

/**
 * Only the latest record of a clearance's chain can be corrected: this one has been
 * corrected already.
 */
public class ClearanceSuperseded extends RuntimeException {

	ClearanceSuperseded(UUID clearanceId) {
		super("Clearance " + clearanceId + " has been corrected already");
	}

}
