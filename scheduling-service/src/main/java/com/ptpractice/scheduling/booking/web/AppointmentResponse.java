package com.ptpractice.scheduling.booking.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.scheduling.booking.Appointment;
import com.ptpractice.scheduling.booking.ScheduledAppointment;

/**
 * An appointment as the API shows it.
 *
 * @param id its id
 * @param patientId the patient
 * @param therapistId the therapist
 * @param clinicId the clinic
 * @param type appointment type code
 * @param startsAt start with the clinic's offset
 * @param endsAt end with the clinic's offset
 * @param localStart clinic-local start
 * @param zoneId the clinic's zone
 * @param status BOOKED, CHECKED_IN, COMPLETED, CANCELLED or NO_SHOW
 * @param version for optimistic locking
 */
record AppointmentResponse(UUID id, UUID patientId, UUID therapistId, UUID clinicId, String type,
		OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDateTime localStart, String zoneId, String status,
		int version) {

	static AppointmentResponse of(ScheduledAppointment scheduled) {
		Appointment appointment = scheduled.appointment();
		OffsetDateTime startsAt = appointment.startsAt().atZone(scheduled.zone()).toOffsetDateTime();
		return new AppointmentResponse(appointment.id(), appointment.patientId(), appointment.therapistId(),
				appointment.clinicId(), appointment.typeCode(), startsAt,
				appointment.endsAt().atZone(scheduled.zone()).toOffsetDateTime(),
				appointment.startsAt().atZone(scheduled.zone()).toLocalDateTime(), scheduled.zone().getId(),
				appointment.status().name(), appointment.version());
	}

}
