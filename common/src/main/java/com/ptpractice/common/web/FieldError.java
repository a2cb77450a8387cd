package com.ptpractice.common.web;

/**
 * One invalid input named in a 400 problem's {@code errors} member.
 *
 * @param field the request field, parameter or header that was rejected
 * @param message what is wrong with it, in words a front desk can act on
 */
public record FieldError(String field, String message) {
}
