package com.ptpractice.credentialing.staterules;

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
 * The annotated text is the two-letter code of a US state or DC, such as {@code UT}. Null
 * is valid: add {@code @NotNull} where the code is required.
 */
@Documented
@Constraint(validatedBy = StateCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface StateCode {

	String message() default "must be the two-letter code of a US state or DC, such as UT";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the code against the 51 jurisdictions.
	 */
	class Validator implements ConstraintValidator<StateCode, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || Jurisdiction.fromCode(value).isPresent();
		}

	}

}
