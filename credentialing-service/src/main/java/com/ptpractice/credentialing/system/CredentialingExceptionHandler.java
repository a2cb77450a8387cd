package com.ptpractice.credentialing.system;

import com.ptpractice.common.web.ApiExceptionHandler;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The credentialing service's problem responses: everything it raises is one of the
 * common problem exceptions (unknown ids 404, input that breaks a domain rule 400 naming
 * the field, conflicts 409), which {@link ApiExceptionHandler} renders.
 */
@RestControllerAdvice
class CredentialingExceptionHandler extends ApiExceptionHandler {

}
