package com.ptpractice.scheduling.problems;

/**
 * The request clashes with the current state, such as a taken slot or an illegal
 * transition: a 409.
 *
 * <p>
 * The slug becomes the problem {@code type}.
 */
public class ConflictException extends RuntimeException {

	private final String slug;

	private final String title;

	public ConflictException(String slug, String title, String detail) {
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
