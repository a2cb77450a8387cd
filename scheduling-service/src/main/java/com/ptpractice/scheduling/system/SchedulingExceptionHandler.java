package com.ptpractice.scheduling.system;

import java.sql.SQLException;
import java.util.stream.Collectors;

import com.ptpractice.common.web.ApiExceptionHandler;
import com.ptpractice.common.web.Problems;
import com.ptpractice.scheduling.booking.DryNeedlingNotAllowedException;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the scheduling service's exceptions to RFC 9457 problem responses.
 */
@RestControllerAdvice
class SchedulingExceptionHandler extends ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(SchedulingExceptionHandler.class);

	/** SQLSTATE of an exclusion constraint violation. */
	private static final String EXCLUSION_VIOLATION = "23P01";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleNotEligible(DryNeedlingNotAllowedException ex) {
		String detail = ex.reasons()
			.stream()
			.map((reason) -> reason.message())
			.collect(Collectors.joining(" ", "Dry needling cannot be booked: ", ""));
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "dry-needling-not-allowed",
				"Dry needling not allowed", detail);
		response.getBody().setProperty("reasons", ex.reasons());
		return response;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnavailable(DependencyUnavailableException ex) {
		log.warn("Dependency {} unavailable: {}", ex.dependency(), ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", "Try again shortly",
				"The " + ex.dependency()
						+ " could not answer, so nothing was changed. Try again in a minute; if it persists, call IT.");
	}

	/** Safety net: a race the application did not serialise still ends as a 409. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleIntegrity(DataIntegrityViolationException ex) {
		if (EXCLUSION_VIOLATION.equals(sqlState(ex))) {
			return slotTaken();
		}
		return problem(HttpStatus.CONFLICT, "conflict", "Conflicts with existing data",
				"The change conflicts with data that exists. Reload and try again.");
	}

	/** Safety net: a deadlock loser (40P01) or lock timeout is a lost race, not a 500. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleLockFailure(PessimisticLockingFailureException ex) {
		return slotTaken();
	}

	private static ResponseEntity<ProblemDetail> slotTaken() {
		return problem(HttpStatus.CONFLICT, "slot-taken", "Slot taken",
				"Someone else booked an overlapping time for this therapist or patient. Pick another slot.");
	}

	private static @Nullable String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
		return ResponseEntity.status(status).body(Problems.of(status, slug, title, detail));
	}

}
