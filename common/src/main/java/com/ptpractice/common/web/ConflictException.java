package com.ptpractice.common.web;

import org.springframework.http.HttpStatus;

/**
 * The request clashes with the current state, such as a taken slot, a duplicate or an
 * illegal transition: a 409 with a stable type.
 */
public class ConflictException extends ProblemException {

	public ConflictException(String slug, String title, String detail) {
		super(HttpStatus.CONFLICT, slug, title, detail);
	}

}
