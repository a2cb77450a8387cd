package com.ptpractice.scheduling.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.eligibility.PatientDecisions;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Read models: a clinic's day across its therapists, a therapist's schedule, a patient's
 * appointments.
 */
@Service
public class AppointmentViews {

	private static final Duration MAX_RANGE = Duration.ofDays(31);

	private final Appointments appointments;

	private final ClinicService clinics;

	private final PatientDecisions patients;

	AppointmentViews(Appointments appointments, ClinicService clinics, PatientDecisions patients) {
		this.appointments = appointments;
		this.clinics = clinics;
		this.patients = patients;
	}

	/** The clinic's appointments on a clinic-local date, by start. */
	public List<ScheduledAppointment> clinicDay(UUID clinicId, LocalDate date) {
		Clinic clinic = this.clinics.get(clinicId);
		ZoneId zone = clinic.zoneId();
		Instant from = date.atStartOfDay(zone).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
		return this.appointments
			.findByClinicIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(clinicId, from, to)
			.stream()
			.map((appointment) -> new ScheduledAppointment(appointment, zone))
			.toList();
	}

	public List<ScheduledAppointment> therapistSchedule(UUID therapistId, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new InvalidFieldException("to", "must be after from");
		}
		if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
			throw new InvalidFieldException("to", "must be at most 31 days after from");
		}
		return withZones(this.appointments
			.findByTherapistIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(therapistId, from, to));
	}

	/** Staff: any patient's appointments, most recent first (at most 200). */
	public List<ScheduledAppointment> ofPatient(UUID patientId) {
		return withZones(this.appointments.findTop200ByPatientIdOrderByStartsAtDesc(patientId));
	}

	/**
	 * A signed-in patient: only their own. Which patient they are comes from the patient
	 * service, asked with their own token; asking for another patient is a 404.
	 */
	public List<ScheduledAppointment> ofSignedInPatient(String bearerToken, @Nullable UUID requested) {
		UUID own = this.patients.patientIdOf(bearerToken);
		if (own == null || (requested != null && !requested.equals(own))) {
			throw new NotFoundException("patient", (requested != null) ? requested : new UUID(0, 0));
		}
		return ofPatient(own);
	}

	private List<ScheduledAppointment> withZones(List<Appointment> found) {
		Map<UUID, ZoneId> zones = new HashMap<>();
		return found.stream()
			.map((appointment) -> new ScheduledAppointment(appointment,
					zones.computeIfAbsent(appointment.clinicId(), (clinicId) -> this.clinics.get(clinicId).zoneId())))
			.toList();
	}

}
