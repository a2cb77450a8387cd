/**
 * HTTP API of readiness decisions, for the gateway, the scheduling service and staff.
 */
@NullMarked
package com.ptpractice.patients.readiness.web;

import org.jspecify.annotations.NullMarked;
