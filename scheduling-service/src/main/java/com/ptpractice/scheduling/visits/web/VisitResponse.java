package com.ptpractice.scheduling.visits.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.scheduling.booking.Appointment;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.visits.Visit;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in person's visits.
 *
 * @param id the appointment's id
 * @param patientId the patient
 * @param therapistId the therapist
 * @param therapistName the therapist's name; null when the credentialing service did not
 * answer
 * @param type appointment type code
 * @param startsAt start with the clinic's offset
 * @param endsAt end with the clinic's offset
 * @param localStart clinic-local start
 * @param zoneId the clinic's zone
 * @param status BOOKED, CHECKED_IN, COMPLETED, CANCELLED or NO_SHOW
 * @param version for optimistic locking
 * @param clinic where it is
 */
record VisitResponse(UUID id, UUID patientId, UUID therapistId, @Nullable String therapistName, String type,
		OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDateTime localStart, String zoneId, String status,
		int version, ClinicInfo clinic) {

	static VisitResponse of(Visit visit) {
		Appointment appointment = visit.scheduled().appointment();
		var zone = visit.scheduled().zone();
		return new VisitResponse(appointment.id(), appointment.patientId(), appointment.therapistId(),
				visit.therapistName(), appointment.typeCode(), appointment.startsAt().atZone(zone).toOffsetDateTime(),
				appointment.endsAt().atZone(zone).toOffsetDateTime(),
				appointment.startsAt().atZone(zone).toLocalDateTime(), zone.getId(), appointment.status().name(),
				appointment.version(), ClinicInfo.of(visit.clinic()));
	}

	/**
	 * Where a visit is.
	 *
	 * @param id the clinic's id
	 * @param name its name
	 * @param addressLine1 street and number
	 * @param addressLine2 suite or floor
	 * @param city the city
	 * @param state two-letter state
	 * @param postalCode ZIP
	 * @param phone its phone number
	 */
	record ClinicInfo(UUID id, String name, String addressLine1, @Nullable String addressLine2, String city,
			String state, String postalCode, String phone) {

		static ClinicInfo of(Clinic clinic) {
			return new ClinicInfo(clinic.id(), clinic.name(), clinic.addressLine1(), clinic.addressLine2(),
					clinic.city(), clinic.state(), clinic.postalCode(), clinic.phone());
		}

	}

}
