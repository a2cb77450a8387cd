package com.ptpractice.gateway.guard;

import com.ptpractice.common.web.Problems;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The one needling decision does not allow the visit: the 422 the scheduling service
 * would give, carrying every reason.
 */
class NotEligibleForDryNeedling extends ErrorResponseException {

	NotEligibleForDryNeedling(Decision decision) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(decision), null);
	}

	private static ProblemDetail problem(Decision decision) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Refusal.TYPE, Refusal.TITLE,
				Refusal.detail(decision));
		problem.setProperty("reasons", decision.reasons());
		return problem;
	}

}
