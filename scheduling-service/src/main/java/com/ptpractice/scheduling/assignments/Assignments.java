package com.ptpractice.scheduling.assignments;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Who works where.
 */
interface Assignments extends ListCrudRepository<Assignment, UUID> {

	List<Assignment> findByTherapistId(UUID therapistId);

	List<Assignment> findByClinicIdOrderByEffectiveFrom(UUID clinicId);

}
