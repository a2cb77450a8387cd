package com.ptpractice.common.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.common.security.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The problem responses every servlet service shares: bad input is a 400 naming the
 * fields, an unknown path a 404, a stale update a 409 and anything unexpected a 500 that
 * carries a reference instead of a stack trace. Each service extends this in its one
 * {@code @RestControllerAdvice} and adds the mappings of its own domain exceptions.
 */
public abstract class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), messageOf(error.getDefaultMessage())))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		return badRequest(errors);
	}

	/**
	 * Names the fields of an invalid body (not the body parameter) and the invalid
	 * request parameters, when a handler validates both together.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults().stream().flatMap((result) -> {
			if (result instanceof ParameterErrors body && body.hasFieldErrors()) {
				return body.getFieldErrors()
					.stream()
					.map((error) -> new FieldError(error.getField(), messageOf(error.getDefaultMessage())));
			}
			return result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(result.getMethodParameter().getParameterName(),
						messageOf(error.getDefaultMessage())));
		}).sorted(Comparator.comparing(FieldError::field)).toList();
		return badRequest(errors);
	}

	/**
	 * A value of the wrong type or format is named by its path, such as
	 * {@code answers[2].code}.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field != null) {
			String outOfRange = outOfRangeMessage(ex);
			return badRequest(
					List.of(new FieldError(field, (outOfRange != null) ? outOfRange : JsonValues.expected(ex))));
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Request body not readable",
				"The request body is missing, is not valid JSON, or has a value of the wrong type.");
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "request";
		String outOfRange = outOfRangeMessage(ex);
		return badRequest(
				List.of(new FieldError(field, (outOfRange != null) ? outOfRange : "has a value of the wrong format")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return badRequest(List.of(new FieldError(ex.getParameterName(), "is required")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return notFound();
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return notFound();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		return ResponseEntity.status(ex.status()).body(Problems.of(ex.status(), ex.slug(), ex.title(), ex.detail()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleInvalidField(InvalidFieldException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "is invalid";
		return ResponseEntity.badRequest().body(badRequestProblem(List.of(new FieldError(ex.field(), message))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleMissingHeader(MissingRequestHeaderException ex) {
		ProblemDetail problem = badRequestProblem(List.of(new FieldError(ex.getHeaderName(), "header is required")));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleStaleUpdate(OptimisticLockingFailureException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "version-conflict", "Changed by someone else",
				"Someone else changed this record since you read it. Reload it and apply your change again.");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/**
	 * A statement the database cancelled at its time limit (a search's, or any statement
	 * a search client runs, such as a booking's check that the slot is free): the
	 * database could not answer in time, a 503 like any dependency's, not the caller's
	 * mistake.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleQueryTimeout(QueryTimeoutException ex) {
		log.warn("Database statement cancelled at its time limit: {}", ex.getClass().getSimpleName());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-too-slow", "Try again shortly",
					"The database did not answer in time, so nothing was changed. Try again in a moment."));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> handleAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(SecurityProblems.forbidden(request.getRequestURI()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected error, reference {}", reference, ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error",
				"Something went wrong on our side. Nothing was changed unless the response said so. Reference: "
						+ reference);
		problem.setProperty("reference", reference);
		return ResponseEntity.internalServerError().body(problem);
	}

	private static ResponseEntity<Object> notFound() {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is nothing at this address.");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	protected static ResponseEntity<Object> badRequest(List<FieldError> errors) {
		return ResponseEntity.badRequest().body(badRequestProblem(errors));
	}

	protected static ProblemDetail badRequestProblem(List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some fields are missing or invalid; see errors.");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static @Nullable String fieldOf(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return jackson.getPath()
					.stream()
					.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
							: "[" + reference.getIndex() + "]")
					.collect(Collectors.joining("."))
					.replace(".[", "[");
			}
		}
		return null;
	}

	/**
	 * What a date or time outside {@link ClientTimes}' range was refused for, if it was.
	 */
	private static @Nullable String outOfRangeMessage(Exception ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ClientTimes.OutOfRangeException outOfRange) {
				return outOfRange.getMessage();
			}
		}
		return null;
	}

	private static String messageOf(@Nullable String message) {
		return (message != null) ? message : "is invalid";
	}

}
