package com.ptpractice.patients.records;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers are stored in E.164 form: {@code +}, a country code that does not start
 * with 0, and 8 to 15 digits in all. Input may separate digits with spaces, hyphens, dots
 * or parentheses. Without a leading {@code +} a number is taken as North American: ten
 * digits (or eleven starting with 1) whose area code and exchange start with 2-9.
 */
public final class PhoneNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

	private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{7,14}");

	private static final Pattern NORTH_AMERICAN = Pattern.compile("1?([2-9][0-9]{2}[2-9][0-9]{6})");

	private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("\\+?[0-9\\s().-]+");

	private PhoneNumbers() {
	}

	/** The number in E.164 form, or empty when it is not a valid phone number. */
	public static Optional<String> normalize(String input) {
		String trimmed = input.strip();
		if (!ALLOWED_CHARACTERS.matcher(trimmed).matches()) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(trimmed).replaceAll("");
		if (digits.startsWith("+")) {
			return INTERNATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
		}
		var northAmerican = NORTH_AMERICAN.matcher(digits);
		return northAmerican.matches() ? Optional.of("+1" + northAmerican.group(1)) : Optional.empty();
	}

	public static boolean isValid(String input) {
		return normalize(input).isPresent();
	}

}
