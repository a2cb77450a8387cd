package com.ptpractice.patients.screening;

import java.util.UUID;

/**
 * The screening has no clearance with this id.
 */
public class ClearanceNotFound extends RuntimeException {

	ClearanceNotFound(UUID clearanceId) {
		super("No clearance " + clearanceId + " of this screening");
	}

}
