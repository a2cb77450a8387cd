package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The appointments. New ones are inserted by {@link AppointmentInserts}, which cannot
 * double-book; this repository reads and updates them.
 */
interface Appointments extends ListCrudRepository<Appointment, UUID> {

	List<Appointment> findByClinicIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(UUID clinicId,
			Instant from, Instant to);

	List<Appointment> findByTherapistIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(UUID therapistId,
			Instant from, Instant to);

	List<Appointment> findTop200ByPatientIdOrderByStartsAtDesc(UUID patientId);

}
