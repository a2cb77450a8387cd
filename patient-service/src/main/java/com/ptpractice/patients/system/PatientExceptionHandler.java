package com.ptpractice.patients.system;

import com.ptpractice.common.web.ApiExceptionHandler;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the patient service's exceptions to RFC 9457 problem responses.
 */
@RestControllerAdvice
class PatientExceptionHandler extends ApiExceptionHandler {

}
