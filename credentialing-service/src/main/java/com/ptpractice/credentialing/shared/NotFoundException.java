package com.ptpractice.credentialing.shared;

/**
 * Something the request names by id does not exist: a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("There is no " + what + " with id " + id + ".");
	}

}
