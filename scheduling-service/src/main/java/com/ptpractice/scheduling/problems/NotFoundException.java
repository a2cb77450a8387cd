package com.ptpractice.scheduling.problems;

import java.util.UUID;

/**
 * Something named by id does not exist: a 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, UUID id) {
		super("No " + what + " with id " + id + ".");
	}

}
