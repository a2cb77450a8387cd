package com.ptpractice.scheduling.problems;

/**
 * Another service could not give a usable answer (error, timeout, garbage): a 503, and
 * nothing was changed.
 */
public class DependencyUnavailableException extends RuntimeException {

	private final Dependency dependency;

	public DependencyUnavailableException(Dependency dependency, Throwable cause) {
		super(dependency.displayName() + " did not answer usably", cause);
		this.dependency = dependency;
	}

	public DependencyUnavailableException(Dependency dependency, String why) {
		super(dependency.displayName() + ": " + why);
		this.dependency = dependency;
	}

	/** How a person calls the service, such as {@code credentialing service}. */
	public String dependency() {
		return this.dependency.displayName();
	}

	/** The service's short name, as every 503 problem names it. */
	public String service() {
		return this.dependency.service();
	}

	/**
	 * The services this one asks.
	 */
	public enum Dependency {

		CREDENTIALING("credentialing", "credentialing service"),

		PATIENTS("patients", "patient service");

		private final String service;

		private final String displayName;

		Dependency(String service, String displayName) {
			this.service = service;
			this.displayName = displayName;
		}

		public String service() {
			return this.service;
		}

		public String displayName() {
			return this.displayName;
		}

	}

}
