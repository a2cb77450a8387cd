package com.ptpractice.common.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with the platform's stable {@code type} URIs, so every
 * service and the gateway name the same problem the same way.
 */
public final class Problems {

	/** Base of every problem {@code type} URI the platform answers with. */
	public static final String TYPE_BASE = "https://ptpractice.example/problems/";

	/** The slug of {@link #serviceUnavailable}. */
	public static final String SERVICE_UNAVAILABLE = "service-unavailable";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(TYPE_BASE + slug);
	}

	public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * A service the request needs could not answer (error, timeout, open circuit, an
	 * answer it could not use), so nothing was changed: the one problem for this meaning,
	 * whichever service or gateway answers it.
	 * @param service the service's short name, such as {@code credentialing}
	 * @param displayName how a person calls it, such as {@code credentialing service}
	 */
	public static ProblemDetail serviceUnavailable(String service, String displayName) {
		ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE, "Service unavailable",
				"The " + displayName + " could not answer, so nothing was changed. Try again in a moment; "
						+ "if it keeps failing, tell your administrator.");
		problem.setProperty("service", service);
		return problem;
	}

}
