package com.ptpractice.scheduling.atrisk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.ptpractice.needling.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A booked needling visit that would now be refused, and why.
 *
 * @param appointmentId the appointment
 * @param patientId its patient (an id only)
 * @param therapistId its therapist
 * @param clinicId its clinic
 * @param startsAt when it starts
 * @param zoneId the clinic's zone
 * @param reasons every reason it would now fail
 * @param seriesId the series it is an occurrence of, if any
 */
public record AtRiskAppointment(UUID appointmentId, UUID patientId, UUID therapistId, UUID clinicId, Instant startsAt,
		ZoneId zoneId, List<Reason> reasons, @Nullable UUID seriesId) {
}
