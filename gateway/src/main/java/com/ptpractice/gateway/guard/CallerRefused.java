package com.ptpractice.gateway.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

import com.ptpractice.common.web.Problems;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A service refused the guard's question with a 4xx: the request's own doing (no such
 * appointment, a caller who may not ask), not the service failing. Answered with the
 * service's status and words, and never counted against the service's circuit breaker.
 */
class CallerRefused extends ErrorResponseException {

	CallerRefused(HttpStatusCode status, Map<String, Object> problem) {
		super(status, asProblem(status, problem), null);
	}

	private static ProblemDetail asProblem(HttpStatusCode status, Map<String, Object> given) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(Problems.type("request-refused"));
		problem.setTitle("Request refused");
		problem.setDetail("The request was refused; nothing was booked.");
		given.forEach((key, value) -> {
			switch (key) {
				case "type" -> typeOf(value).ifPresent(problem::setType);
				case "title" -> problem.setTitle(String.valueOf(value));
				case "detail" -> problem.setDetail(String.valueOf(value));
				case "status", "instance" -> {
				}
				default -> problem.setProperty(key, value);
			}
		});
		return problem;
	}

	/** Only the platform's own problem types are passed on. */
	private static Optional<URI> typeOf(Object value) {
		String type = String.valueOf(value);
		if (!type.startsWith(Problems.TYPE_BASE)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new URI(type));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
