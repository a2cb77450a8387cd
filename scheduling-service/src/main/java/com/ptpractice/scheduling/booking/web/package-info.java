/**
 * HTTP adapter for appointments and schedules.
 */
@NullMarked
package com.ptpractice.scheduling.booking.web;

import org.jspecify.annotations.NullMarked;
