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

}
