/**
 * Appointments: booking that cannot double-book, the needling re-check, and the
 * lifecycle.
 */
@NullMarked
package com.ptpractice.scheduling.booking;

import org.jspecify.annotations.NullMarked;
