package com.ptpractice.scheduling.problems;

/**
 * A well-formed request the domain refuses, such as reusing an idempotency key for
 * another request: a 422.
 */
public class UnprocessableException extends RuntimeException {

	private final String slug;

	private final String title;

	public UnprocessableException(String slug, String title, String detail) {
		super(detail);
		this.slug = slug;
		this.title = title;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

}
