package com.ptpractice.gateway.guard;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.ptpractice.common.web.Problems;

/**
 * The needling rule does not allow the booking: a 422 carrying every reason.
 */
class NotEligibleForDryNeedling extends ErrorResponseException {

	NotEligibleForDryNeedling(List<Decision.Reason> reasons) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(reasons), null);
	}

	private static ProblemDetail problem(List<Decision.Reason> reasons) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "dry-needling-not-allowed",
				"Dry needling not allowed", "This dry-needling visit cannot be booked: " + reasons.size()
						+ " condition(s) are not met; see reasons.");
		problem.setProperty("reasons", reasons);
		return problem;
	}

}
