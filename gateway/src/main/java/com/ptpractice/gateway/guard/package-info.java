/**
 * The dry-needling booking guard: before a booking or reschedule of a needling visit
 * reaches the scheduling service, the therapist's eligibility and the patient's readiness
 * must both allow it. Fails closed.
 */
@NullMarked
package com.ptpractice.gateway.guard;

import org.jspecify.annotations.NullMarked;
