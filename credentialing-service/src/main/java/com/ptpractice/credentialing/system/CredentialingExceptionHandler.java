package com.ptpractice.credentialing.system;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.ptpractice.common.web.ApiExceptionHandler;
import com.ptpractice.common.web.FieldError;
import com.ptpractice.common.web.Problems;
import com.ptpractice.credentialing.shared.ConflictException;
import com.ptpractice.credentialing.shared.InvalidInputException;
import com.ptpractice.credentialing.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Maps the credentialing service's exceptions to RFC 9457 problem responses: unknown ids
 * 404, input that breaks a domain rule 400 naming the field, conflicts 409. A body value
 * of the wrong type (a date that is not a date) is a 400 naming the field too.
 */
@RestControllerAdvice
class CredentialingExceptionHandler extends ApiExceptionHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleNotFound(NotFoundException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleInvalidInput(InvalidInputException ex) {
		return ResponseEntity.badRequest()
			.body(badRequestProblem(List.of(new FieldError(ex.field(), String.valueOf(ex.getMessage())))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleConflict(ConflictException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.slug(), ex.title(), ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/**
	 * When a handler validates a path variable and a body together, the body's errors
	 * arrive per field: name the fields, not the body parameter.
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

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field == null) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		return badRequest(List.of(new FieldError(field, "has a value of the wrong type or format")));
	}

	private static String messageOf(@Nullable String message) {
		return (message != null) ? message : "is invalid";
	}

	private static @Nullable String fieldOf(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return null;
		}
		return jackson.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

}
