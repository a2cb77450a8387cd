package com.ptpractice.common.test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an input holds, and the extreme and malformed values {@link ExtremeInputs} sends
 * to it: as text for path variables and query parameters, as JSON literals for body
 * fields. Every value here is one a client must be refused with a 4xx.
 */
enum InputKind {

	/** An instant written with an offset: {@code OffsetDateTime}, {@code Instant}. */
	INSTANT(List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2026-12-01T10:00:00+19:00",
			"2026-12-01T10:00:00-19:00", "-999999999-01-01T00:00:00+18:00", "+999999999-12-31T23:59:59-18:00",
			"+10000-01-01T00:00:00Z", "0000-12-31T12:00:00Z", "2026-02-30T10:00:00Z", "2026-12-01T25:00:00Z",
			"not-a-date"), List.of("1764583200", "true", "{}", "[]", "[2026,12,1]")),

	/** A calendar date: {@code LocalDate}. */
	DATE(List.of("-999999999-01-01", "+999999999-12-31", "+10000-01-01", "0000-01-01", "2026-02-30", "2026-13-01",
			"+999999999-12-31T23:59:59Z", "not-a-date"), List.of("20261201", "true", "{}", "[]", "[2026,12,1]")),

	/** A local date and time: {@code LocalDateTime}. */
	DATE_TIME(List.of("-999999999-01-01T00:00:00", "+999999999-12-31T23:59:59", "+10000-01-01T00:00:00",
			"2026-02-30T10:00:00", "not-a-date"), List.of("1764583200", "true", "{}", "[]")),

	/** A time of day: {@code LocalTime}. */
	TIME(List.of("25:00", "-01:00", "10:61", "not-a-time"), List.of("36000", "true", "{}", "[]")),

	/** A whole number. */
	INTEGER(List.of("-1", "2147483647", "-2147483648", "2147483648", "99999999999", "-99999999999",
			"99999999999999999999999999", "1.5", "1e400", "abc"), List.of("\"abc\"", "true", "{}", "[]")),

	/** A number with a fraction. */
	DECIMAL(List.of("2147483648", "-99999999999", "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "abc"),
			List.of("\"abc\"", "\"NaN\"", "true", "{}", "[]")),

	/** A UUID. */
	ID(List.of("not-a-uuid", "1", "123e4567-e89b-12d3-a456-4266141740000", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"),
			List.of("1", "true", "{}", "[]")),

	/** Text, an enum or a boolean: in a body, only wrong JSON types are sent. */
	OTHER(List.of(), List.of("{}", "[]"));

	private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
			Short.class, byte.class, Byte.class, BigInteger.class);

	private static final Set<Class<?>> DECIMALS = Set.of(double.class, Double.class, float.class, Float.class,
			BigDecimal.class);

	private final List<String> texts;

	private final List<String> wrongJsonTypes;

	InputKind(List<String> texts, List<String> wrongJsonTypes) {
		this.texts = texts;
		this.wrongJsonTypes = wrongJsonTypes;
	}

	/** The values for a path variable or query parameter, as the client types them. */
	List<String> texts() {
		return this.texts;
	}

	/** The values for a body field, as JSON literals. */
	List<String> jsonLiterals() {
		List<String> quoted = this.texts.stream()
			.map((text) -> (this == INTEGER || this == DECIMAL) && isJsonNumber(text) ? text : quote(text))
			.toList();
		return java.util.stream.Stream.concat(quoted.stream(), this.wrongJsonTypes.stream()).distinct().toList();
	}

	/** Whether a value of this kind is one the run must vary. */
	boolean varied() {
		return this != OTHER;
	}

	/**
	 * The kind of a Java type; text is a date or instant when its valid sample value is
	 * one (such as an {@code at} parameter a service parses itself).
	 */
	static InputKind of(Class<?> type, @Nullable String sample) {
		if (OffsetDateTime.class == type || Instant.class == type || ZonedDateTime.class == type) {
			return INSTANT;
		}
		if (LocalDate.class == type) {
			return DATE;
		}
		if (LocalDateTime.class == type) {
			return DATE_TIME;
		}
		if (LocalTime.class == type) {
			return TIME;
		}
		if (INTEGERS.contains(type)) {
			return INTEGER;
		}
		if (DECIMALS.contains(type)) {
			return DECIMAL;
		}
		if (UUID.class == type) {
			return ID;
		}
		if (CharSequence.class.isAssignableFrom(type) && sample != null) {
			return textKind(sample);
		}
		return OTHER;
	}

	/** Whether a Java type always holds a value of a varied kind. */
	static boolean variedType(Class<?> type) {
		return of(type, null).varied();
	}

	private static InputKind textKind(String sample) {
		try {
			OffsetDateTime.parse(sample);
			return INSTANT;
		}
		catch (DateTimeParseException ex) {
			// not an instant
		}
		try {
			LocalDate.parse(sample);
			return DATE;
		}
		catch (DateTimeParseException ex) {
			return OTHER;
		}
	}

	private static boolean isJsonNumber(String text) {
		return text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
