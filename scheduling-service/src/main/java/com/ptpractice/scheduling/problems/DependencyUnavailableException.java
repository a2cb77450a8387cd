package com.ptpractice.scheduling.problems;

/**
 * Another service could not give a usable answer (error, timeout, garbage): a 503, and
 * nothing was changed.
 */
public class DependencyUnavailableException extends RuntimeException {

	private final String dependency;

	public DependencyUnavailableException(String dependency, Throwable cause) {
		super(dependency + " did not answer usably", cause);
		this.dependency = dependency;
	}

	public DependencyUnavailableException(String dependency, String why) {
		super(dependency + ": " + why);
		this.dependency = dependency;
	}

	public String dependency() {
		return this.dependency;
	}

}
