/**
 * The one dry-needling decision. A needling visit exists only when the state's law, the
 * therapist's license and certification, and the patient's consent, screening and prior
 * evaluation all allow it at the visit's instant. The credentialing service decides the
 * therapist's part, the patient service the patient's, the scheduling service knows the
 * evaluation; {@link com.ptpractice.needling.DryNeedlingRule} combines them, and every
 * enforcer (the gateway's guard, booking, reschedule, the at-risk watch) calls it.
 * {@link com.ptpractice.needling.Decision} is the one wire format of a decision and
 * {@link com.ptpractice.needling.ReasonCode} the one list of reason codes.
 */
@NullMarked
package com.ptpractice.needling;

import org.jspecify.annotations.NullMarked;
