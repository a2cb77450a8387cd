/**
 * The dry-needling booking guard: before a booking, reschedule, waitlist confirmation,
 * series or series move of needling visits reaches the scheduling service, the one
 * decision must allow each visit at its own instant (for a series with any eligible
 * therapist, the parts that hold whoever the therapist is). Fails closed.
 */
@NullMarked
package com.ptpractice.gateway.guard;

import org.jspecify.annotations.NullMarked;
