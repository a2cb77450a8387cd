package com.ptpractice.common.web;

import org.springframework.http.HttpStatus;

/**
 * A failure a user can act on, answered as an RFC 9457 problem: its status, a stable
 * {@code type} (the slug under {@link Problems#TYPE_BASE}), a title and, as the message,
 * a detail a front desk can act on. {@link ApiExceptionHandler} renders every subclass.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String slug;

	private final String title;

	public ProblemException(HttpStatus status, String slug, String title, String detail) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The last segment of the problem's {@code type}. */
	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		String message = getMessage();
		return (message != null) ? message : this.title;
	}

}
