package com.ptpractice.credentialing.eligibility;

/**
 * One failed condition.
 *
 * @param code stable code
 * @param message a sentence a front desk can act on
 */
public record Reason(ReasonCode code, String message) {
}
