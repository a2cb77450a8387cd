package com.ptpractice.patients.readiness;

/**
 * One failed condition of a readiness decision.
 *
 * @param code the stable code
 * @param message a sentence a front desk can act on
 */
public record Reason(ReasonCode code, String message) {

}
