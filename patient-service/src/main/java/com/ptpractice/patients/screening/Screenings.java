package com.ptpractice.patients.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Patients' screenings. New ones (corrections too) are inserted through the aggregate
 * template: they are never updated.
 */
interface Screenings extends Repository<Screening, UUID> {

	Optional<Screening> findById(UUID id);

	List<Screening> findByPatientIdOrderByRecordedAtDesc(UUID patientId);

	Optional<Screening> findFirstByPatientIdOrderByRecordedAtDesc(UUID patientId);

}
