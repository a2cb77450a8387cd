package com.ptpractice.gateway.guard;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.ptpractice.common.web.Problems;

/**
 * A service the guard must ask did not answer (error, timeout, open circuit, full
 * bulkhead): the booking is refused with 503 and not forwarded.
 */
class DependencyUnavailable extends ErrorResponseException {

	DependencyUnavailable(String service, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(service), cause);
	}

	private static ProblemDetail problem(String service) {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"Service unavailable", "The dry-needling booking could not be checked because the " + service
						+ " service did not answer. Nothing was booked; try again in a moment.");
		problem.setProperty("service", service);
		return problem;
	}

}
