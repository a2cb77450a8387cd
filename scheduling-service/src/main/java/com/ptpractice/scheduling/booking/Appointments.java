package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointments. New ones are inserted by {@link AppointmentInserts}, which cannot
 * double-book; this repository reads and updates them.
 */
interface Appointments extends ListCrudRepository<Appointment, UUID> {

	/**
	 * One statement, joining a caller's transaction or running on its own, without the
	 * read-only transaction (and its {@code COMMIT} round trip) of Spring Data's own
	 * {@code findById}.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<Appointment> findById(UUID id);

	List<Appointment> findByClinicIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(UUID clinicId,
			Instant from, Instant to);

	List<Appointment> findByTherapistIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(UUID therapistId,
			Instant from, Instant to);

	List<Appointment> findTop200ByPatientIdOrderByStartsAtDesc(UUID patientId);

}
