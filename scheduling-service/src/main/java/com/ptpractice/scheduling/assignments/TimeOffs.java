package com.ptpractice.scheduling.assignments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Therapists' time off.
 */
interface TimeOffs extends ListCrudRepository<TimeOff, UUID> {

	/** The first 100 stretches of a therapist's time off that end after an instant. */
	List<TimeOff> findTop100ByTherapistIdAndEndsAtAfterOrderByStartsAt(UUID therapistId, Instant after);

}
