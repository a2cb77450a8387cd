package com.ptpractice.scheduling.eligibility;

/**
 * Why a decision refuses, as a stable code and a sentence a front desk can act on.
 *
 * @param code stable code, such as {@code CONSENT_MISSING}
 * @param message human sentence
 */
public record Reason(String code, String message) {
}
