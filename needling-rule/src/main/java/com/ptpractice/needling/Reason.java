package com.ptpractice.needling;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One condition that does not hold.
 *
 * @param code the stable code
 * @param message a sentence a front desk can act on (no patient names)
 * @param citation the state rule it comes from, for reasons from a state's condition
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(ReasonCode code, String message, @Nullable Citation citation) {

	public Reason {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	public Reason(ReasonCode code, String message) {
		this(code, message, null);
	}

}
