package com.ptpractice.gateway.guard;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.ptpractice.common.web.FieldError;
import com.ptpractice.common.web.Problems;

/**
 * The fields of a booking or reschedule body the guard needs. Parsed strictly: a body
 * that names a field twice is refused, so the guard and the scheduling service can never
 * read different values from one request.
 */
final class BookingRequest {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final JsonNode body;

	private BookingRequest(JsonNode body) {
		this.body = body;
	}

	static BookingRequest parse(String json) {
		try {
			JsonNode body = STRICT.readTree(json);
			if (body == null || !body.isObject()) {
				throw invalid(List.of(new FieldError("body", "must be a JSON object")));
			}
			return new BookingRequest(body);
		}
		catch (JacksonException ex) {
			throw invalid(List.of(new FieldError("body", "is not valid JSON or names a field twice")));
		}
	}

	Optional<String> type() {
		return Optional.ofNullable(text("type"));
	}

	/** The fields a needling check needs, or a 400 naming every one that is wrong. */
	NeedlingBooking needlingBooking() {
		List<FieldError> errors = new ArrayList<>();
		UUID patientId = uuid("patientId", errors);
		UUID therapistId = uuid("therapistId", errors);
		UUID clinicId = uuid("clinicId", errors);
		OffsetDateTime startsAt = instant("startsAt", errors);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new NeedlingBooking(patientId, therapistId, clinicId, startsAt);
	}

	/** The new start of a reschedule, and the therapist if the body changes it. */
	Reschedule reschedule() {
		List<FieldError> errors = new ArrayList<>();
		OffsetDateTime startsAt = instant("startsAt", errors);
		UUID therapistId = (text("therapistId") != null) ? uuid("therapistId", errors) : null;
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new Reschedule(startsAt, therapistId);
	}

	private @Nullable String text(String field) {
		JsonNode value = this.body.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private @Nullable UUID uuid(String field, List<FieldError> errors) {
		String value = text(field);
		try {
			if (value != null) {
				return UUID.fromString(value);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		errors.add(new FieldError(field, "must be an id"));
		return null;
	}

	private @Nullable OffsetDateTime instant(String field, List<FieldError> errors) {
		String value = text(field);
		try {
			if (value != null) {
				return OffsetDateTime.parse(value);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		errors.add(new FieldError(field, "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T10:00:00-07:00"));
		return null;
	}

	static ErrorResponseException invalid(List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some fields are missing or invalid; see errors.");
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/**
	 * What a needling booking asks for.
	 */
	record NeedlingBooking(UUID patientId, UUID therapistId, UUID clinicId, OffsetDateTime startsAt) {
	}

	/**
	 * What a reschedule asks for.
	 */
	record Reschedule(OffsetDateTime startsAt, @Nullable UUID therapistId) {
	}

}
