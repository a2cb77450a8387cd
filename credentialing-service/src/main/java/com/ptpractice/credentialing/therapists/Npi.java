package com.ptpractice.credentialing.therapists;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The annotated text is a National Provider Identifier: ten digits whose last is the Luhn
 * check digit of the first nine prefixed with {@code 80840} (the card issuer prefix of US
 * health identifiers). Null is valid: add {@code @NotNull} where it is required.
 */
@Documented
@Constraint(validatedBy = Npi.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Npi {

	String message() default "must be a valid NPI: 10 digits with a correct check digit";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks length, digits and the check digit.
	 */
	class Validator implements ConstraintValidator<Npi, String> {

		private static final String ISSUER_PREFIX = "80840";

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || isValidNpi(value);
		}

		/** Whether the text is a valid NPI. */
		public static boolean isValidNpi(String value) {
			return value.matches("[0-9]{10}") && luhnValid(ISSUER_PREFIX + value);
		}

		/** The check digit that completes nine digits into a valid NPI. */
		public static int checkDigitFor(String firstNine) {
			for (int digit = 0; digit <= 9; digit++) {
				if (luhnValid(ISSUER_PREFIX + firstNine + digit)) {
					return digit;
				}
			}
			throw new IllegalArgumentException("Not nine digits: " + firstNine);
		}

		private static boolean luhnValid(String digits) {
			int sum = 0;
			boolean doubled = false;
			for (int i = digits.length() - 1; i >= 0; i--) {
				int digit = digits.charAt(i) - '0';
				if (doubled) {
					digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
				}
				sum += digit;
				doubled = !doubled;
			}
			return sum % 10 == 0;
		}

	}

}
