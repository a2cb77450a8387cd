package com.ptpractice.gateway.guard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.ptpractice.common.web.FieldError;
import com.ptpractice.common.web.Problems;
import com.ptpractice.needling.BookingWindow;
import com.ptpractice.needling.Recurrence;
import com.ptpractice.needling.SeriesMove;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

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

	/**
	 * What a booking asks for, or a 400 naming every field that is missing or wrong:
	 * type, patient, therapist, clinic, and a start within the booking window.
	 */
	Booking booking(Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String type = text("type");
		if (type == null || type.isBlank()) {
			errors.add(new FieldError("type", "must be an appointment type code"));
		}
		UUID patientId = uuid("patientId", errors);
		UUID therapistId = uuid("therapistId", errors);
		UUID clinicId = uuid("clinicId", errors);
		Instant startsAt = start(now, errors);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new Booking(type, new NeedlingBooking(patientId, therapistId, clinicId, startsAt));
	}

	/** The new start of a reschedule, and the therapist if the body changes it. */
	Reschedule reschedule(Instant now) {
		List<FieldError> errors = new ArrayList<>();
		Instant startsAt = start(now, errors);
		UUID therapistId = (this.body.hasNonNull("therapistId")) ? uuid("therapistId", errors) : null;
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new Reschedule(startsAt, therapistId);
	}

	/**
	 * What a series asks for, or a 400 naming every field that is missing or wrong, as
	 * the scheduling service names them: type, patient, clinic, weekdays, start time,
	 * first date, count and/or until (the therapist is optional: any eligible one).
	 */
	Series series() {
		List<FieldError> errors = new ArrayList<>();
		String type = text("type");
		if (type == null || type.isBlank()) {
			errors.add(new FieldError("type", "must be an appointment type code"));
		}
		UUID patientId = uuid("patientId", errors);
		UUID therapistId = (this.body.hasNonNull("therapistId")) ? uuid("therapistId", errors) : null;
		UUID clinicId = uuid("clinicId", errors);
		Set<DayOfWeek> weekdays = weekdays(errors);
		LocalTime startTime = parsed("startTime", LocalTime::parse, "must be a local time such as 07:30", errors);
		LocalDate firstDate = parsed("firstDate", LocalDate::parse, "must be a date such as 2027-03-02", errors);
		LocalDate until = this.body.hasNonNull("until")
				? parsed("until", LocalDate::parse, "must be a date such as 2027-04-30", errors) : null;
		Integer count = null;
		if (this.body.hasNonNull("count")) {
			JsonNode value = this.body.get("count");
			if (value.isIntegralNumber() && value.canConvertToInt()) {
				count = value.asInt();
			}
			else {
				errors.add(new FieldError("count", "must be a whole number"));
			}
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		Recurrence recurrence = new Recurrence(firstDate, weekdays, startTime, count, until);
		recurrence.problem().ifPresent((problem) -> {
			throw invalid(List.of(new FieldError(problem[0], problem[1])));
		});
		return new Series(type, patientId, therapistId, clinicId, recurrence, "ALL_OR_NOTHING".equals(text("mode")));
	}

	/**
	 * What a move of a series asks for, or a 400 naming every field that is missing or
	 * wrong, as the scheduling service names them: the date from which visits move, and
	 * the weekday, time and/or therapist they move to.
	 */
	SeriesMove move() {
		List<FieldError> errors = new ArrayList<>();
		LocalDate fromDate = parsed("fromDate", LocalDate::parse, "must be a date such as 2027-03-02", errors);
		DayOfWeek weekday = this.body.hasNonNull("weekday") ? weekday("weekday", errors) : null;
		DayOfWeek toWeekday = this.body.hasNonNull("toWeekday") ? weekday("toWeekday", errors) : null;
		LocalTime startTime = this.body.hasNonNull("startTime")
				? parsed("startTime", LocalTime::parse, "must be a local time such as 07:30", errors) : null;
		UUID therapistId = this.body.hasNonNull("therapistId") ? uuid("therapistId", errors) : null;
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		SeriesMove move = new SeriesMove(fromDate, weekday, toWeekday, startTime, therapistId);
		move.problem().ifPresent((problem) -> {
			throw invalid(List.of(new FieldError(problem[0], problem[1])));
		});
		return move;
	}

	private @Nullable DayOfWeek weekday(String field, List<FieldError> errors) {
		String value = text(field);
		try {
			if (value != null) {
				return DayOfWeek.valueOf(value);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		errors.add(new FieldError(field, "must be a weekday such as FRIDAY"));
		return null;
	}

	private Set<DayOfWeek> weekdays(List<FieldError> errors) {
		JsonNode value = this.body.get("weekdays");
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (value != null && value.isArray() && !value.isEmpty() && value.size() <= 7) {
			for (JsonNode day : value) {
				try {
					days.add(DayOfWeek.valueOf(day.isString() ? day.asString() : ""));
				}
				catch (IllegalArgumentException ex) {
					errors.add(new FieldError("weekdays", "must list weekdays such as TUESDAY"));
					return days;
				}
			}
			return days;
		}
		errors.add(new FieldError("weekdays", "must list one to seven weekdays such as TUESDAY"));
		return days;
	}

	private <T> @Nullable T parsed(String field, Function<String, T> parser, String message, List<FieldError> errors) {
		String value = text(field);
		try {
			if (value != null) {
				return parser.apply(value);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		errors.add(new FieldError(field, message));
		return null;
	}

	/**
	 * The start, if it is an instant that could be within the booking window anywhere.
	 */
	private @Nullable Instant start(Instant now, List<FieldError> errors) {
		OffsetDateTime startsAt = instant("startsAt", errors);
		if (startsAt == null) {
			return null;
		}
		Optional<String> problem = BookingWindow.coarseProblem(startsAt.toInstant(), now);
		problem.ifPresent((message) -> errors.add(new FieldError("startsAt", message)));
		return problem.isPresent() ? null : startsAt.toInstant();
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
	 * What a booking asks for.
	 */
	record Booking(String type, NeedlingBooking needling) {
	}

	/**
	 * What a needling decision needs of a booking.
	 */
	record NeedlingBooking(UUID patientId, UUID therapistId, UUID clinicId, Instant startsAt) {
	}

	/**
	 * What a series asks for.
	 */
	record Series(String type, UUID patientId, @Nullable UUID therapistId, UUID clinicId, Recurrence recurrence,
			boolean allOrNothing) {
	}

	/**
	 * What a reschedule asks for.
	 */
	record Reschedule(Instant startsAt, @Nullable UUID therapistId) {
	}

}
