/**
 * The one dry-needling decision as this service takes it: it gathers the parts (the
 * therapist's eligibility from credentialing, the patient's readiness from the patient
 * service, the prior evaluation from its own appointments) and lets
 * {@link com.ptpractice.needling.DryNeedlingRule} decide. Booking, reschedule and the
 * at-risk watch all decide here; the gateway asks for the evaluation part through
 * {@code GET /patients/{id}/prior-evaluation}.
 */
@NullMarked
package com.ptpractice.scheduling.needling;

import org.jspecify.annotations.NullMarked;
