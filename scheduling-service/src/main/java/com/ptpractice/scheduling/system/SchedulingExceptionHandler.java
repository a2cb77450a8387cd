package com.ptpractice.scheduling.system;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.ptpractice.common.web.ApiExceptionHandler;
import com.ptpractice.common.web.Problems;
import com.ptpractice.needling.Refusal;
import com.ptpractice.scheduling.availability.SearchRefused;
import com.ptpractice.scheduling.clinics.ClinicHasFutureVisits;
import com.ptpractice.scheduling.needling.DryNeedlingNotAllowed;
import com.ptpractice.scheduling.needling.EvaluationStillNeeded;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import com.ptpractice.scheduling.series.Outcome;
import com.ptpractice.scheduling.series.SeriesNotBooked;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
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
	ResponseEntity<ProblemDetail> handleNotEligible(DryNeedlingNotAllowed ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Refusal.TYPE, Refusal.TITLE,
				Refusal.detail(ex.decision()));
		problem.setProperty("reasons", ex.decision().reasons());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleSeriesNotBooked(SeriesNotBooked ex) {
		long refused = ex.outcomes().stream().filter((outcome) -> outcome.status() == Outcome.Status.REFUSED).count();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "series-not-booked", "Series not booked",
				refused + " of " + ex.outcomes().size()
						+ " visits cannot be booked, and the series was all or nothing, "
						+ "so nothing was booked. See each visit's reasons and alternative.");
		ZoneId zone = ZoneId.of(ex.zoneId());
		problem.setProperty("occurrences", ex.outcomes().stream().map((outcome) -> occurrence(outcome, zone)).toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static Map<String, Object> occurrence(Outcome outcome, ZoneId zone) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("localStart", outcome.localStart().toString());
		if (outcome.startsAt() != null) {
			shown.put("startsAt", outcome.startsAt().atZone(zone).toOffsetDateTime().toString());
		}
		shown.put("status", outcome.status().name());
		if (outcome.therapistId() != null) {
			shown.put("therapistId", outcome.therapistId());
		}
		shown.put("reasons", outcome.reasons());
		if (outcome.alternative() != null) {
			shown.put("alternative",
					Map.of("startsAt", outcome.alternative().startsAt().atZone(zone).toOffsetDateTime().toString(),
							"localStart", outcome.alternative().localStart().toString(), "therapistId",
							outcome.alternative().therapistId()));
		}
		return shown;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleEvaluationStillNeeded(EvaluationStillNeeded ex) {
		int count = ex.dependentVisits().size();
		String detail = (count == 1)
				? "A later dry-needling visit of this patient depends on this initial evaluation. Move or cancel "
						+ "that visit first, or book another evaluation before it."
				: count + " later dry-needling visits of this patient depend on this initial evaluation. Move or "
						+ "cancel those visits first, or book another evaluation before them.";
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "evaluation-still-needed", "Evaluation still needed",
				detail);
		problem.setProperty("dependentVisits", ex.dependentVisits());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleClinicHasFutureVisits(ClinicHasFutureVisits ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "clinic-has-future-visits", "Clinic has visits ahead",
				"The clinic's state or time zone cannot change while " + ex.affectedVisits()
						+ " visit(s) are booked there from now on: they were decided and placed in the current ones. "
						+ "Move or cancel them first, or open a new clinic.");
		problem.setProperty("affectedVisits", ex.affectedVisits());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnavailable(DependencyUnavailableException ex) {
		log.warn("Dependency {} unavailable: {}", ex.dependency(), ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(Problems.serviceUnavailable(ex.service(), ex.dependency()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleSearchRefused(SearchRefused ex) {
		log.warn("Search refused: {}", ex.getMessage());
		String detail = (ex.why() == SearchRefused.Why.BUSY)
				? "The scheduling service is answering as many searches as it can at once. Nothing was changed; "
						+ "try again in a second."
				: "The search took longer than the scheduling service allows one to run. Nothing was changed; "
						+ "try again in a moment, or narrow the search (one clinic, fewer days).";
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-refused", "Search not answered", detail));
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
