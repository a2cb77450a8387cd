package com.ptpractice.common.web;

import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler() {
	};

	@Test
	void aStatementTheDatabaseCancelledIsA503ProblemWithRetryAfterNotAnUnexpectedError() {
		ResponseEntity<ProblemDetail> response = this.handler
			.handleQueryTimeout(new QueryTimeoutException("canceling statement due to statement timeout"));

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(response.getBody()).isNotNull();
		assertThat(response.getBody().getType()).hasToString(Problems.TYPE_BASE + "database-too-slow");
		assertThat(response.getBody().getDetail()).contains("nothing was changed");
	}

}
