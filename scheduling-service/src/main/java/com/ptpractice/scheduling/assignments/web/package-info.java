/**
 * HTTP adapter for therapist assignments and time off.
 */
@NullMarked
package com.ptpractice.scheduling.assignments.web;

import org.jspecify.annotations.NullMarked;
