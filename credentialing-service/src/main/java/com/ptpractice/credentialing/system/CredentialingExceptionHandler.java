package com.ptpractice.credentialing.system;

import com.ptpractice.common.web.ApiExceptionHandler;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the credentialing service's exceptions to RFC 9457 problem responses.
 */
@RestControllerAdvice
class CredentialingExceptionHandler extends ApiExceptionHandler {

}
