package com.ptpractice.common.web;

import org.springframework.http.HttpStatus;

/**
 * No such thing: a 404.
 */
public class NotFoundException extends ProblemException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no " + what + " with id " + id + ".");
	}

}
