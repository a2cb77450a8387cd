package com.ptpractice.credentialing.shared;

/**
 * A request that cannot be applied to the current state of things, such as a duplicate
 * NPI or verifying a credential that was already decided: a 409 problem with a stable
 * type.
 */
public class ConflictException extends RuntimeException {

	private final String slug;

	private final String title;

	public ConflictException(String slug, String title, String detail) {
		super(detail);
		this.slug = slug;
		this.title = title;
	}

	/** The last segment of the problem's {@code type}. */
	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

}
