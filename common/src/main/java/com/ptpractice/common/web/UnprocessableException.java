package com.ptpractice.common.web;

import org.springframework.http.HttpStatus;

/**
 * Well-formed, but a rule of the domain refuses it: a 422 with a stable type.
 */
public class UnprocessableException extends ProblemException {

	public UnprocessableException(String slug, String title, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail);
	}

}
