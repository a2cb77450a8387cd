package com.ptpractice.scheduling.system;

import com.ptpractice.common.web.ApiExceptionHandler;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the scheduling service's exceptions to RFC 9457 problem responses.
 */
@RestControllerAdvice
class SchedulingExceptionHandler extends ApiExceptionHandler {

}
