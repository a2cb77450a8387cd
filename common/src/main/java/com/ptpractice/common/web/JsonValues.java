package com.ptpractice.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What a JSON value of the wrong type or format should have been, in words a client can
 * act on: a missing primitive "is required", a boolean "must be true or false", an
 * instant needs an offset.
 */
final class JsonValues {

	private static final String WRONG = "has a value of the wrong type or format";

	private JsonValues() {
	}

	static String expected(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
				return expected(mismatch.getTargetType(), mismatch.getOriginalMessage());
			}
		}
		return WRONG;
	}

	private static String expected(Class<?> type, @Nullable String message) {
		if (type.isPrimitive() && message != null && message.contains("null")) {
			return "is required";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class) {
			return "must be a whole number";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "must be a number";
		}
		if (type == LocalDate.class) {
			return "must be a date such as 2027-01-05";
		}
		if (type == LocalTime.class) {
			return "must be a time such as 09:00";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "must be an instant with an offset, such as 2027-01-05T09:00:00-07:00";
		}
		if (type == UUID.class) {
			return "must be an id such as 0e000000-0000-4000-8000-00000000e001";
		}
		if (type.isEnum()) {
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == String.class) {
			return "must be text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a list";
		}
		return WRONG;
	}

}
