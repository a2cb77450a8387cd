package com.ptpractice.common.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.ptpractice.common.web.Problems;

import org.springframework.http.HttpStatus;

/**
 * The bodies of the platform's 401 and 403 problems, shared by the servlet services and
 * the reactive gateway.
 */
public final class SecurityProblems {

	private SecurityProblems() {
	}

	public static Map<String, Object> unauthorized(String path) {
		return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
				"Sign in again: the request carried no valid access token.", path);
	}

	public static Map<String, Object> forbidden(String path) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				"Your role does not allow this. Ask an administrator if you need access.", path);
	}

	private static Map<String, Object> problem(HttpStatus status, String slug, String title, String detail,
			String path) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", Problems.type(slug).toString());
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", path);
		return body;
	}

}
