package com.ptpractice.scheduling.visits;

import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.scheduling.clinics.Clinic;
import org.jspecify.annotations.Nullable;

/**
 * A visit with what its patient or therapist needs to know: where it is and with whom.
 *
 * @param scheduled the appointment in its clinic's zone
 * @param clinic the clinic
 * @param therapistName the therapist's name, or null when credentialing did not answer
 */
public record Visit(ScheduledAppointment scheduled, Clinic clinic, @Nullable String therapistName) {

}
