package com.ptpractice.patients.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Patients' screenings. New ones (corrections too) are inserted through the aggregate
 * template: they are never updated.
 */
interface Screenings extends Repository<Screening, UUID> {

	Optional<Screening> findById(UUID id);

	/**
	 * The patient's screenings, newest first, with their answers, in one statement: the
	 * derived query this replaces ran one more statement per screening for its answers,
	 * so each readiness decision (two per needling booking through the gateway) cost a
	 * round trip per screening the patient ever had.
	 */
	@Query(value = """
			SELECT s.id, s.patient_id, s.recorded_at, s.recorded_by, s.screened_at, s.corrects_id, s.correction_reason,
			       a.contraindication, a.present, a.detail
			FROM screening s
			LEFT JOIN screening_answer a ON a.screening_id = s.id
			WHERE s.patient_id = :patientId
			ORDER BY s.recorded_at DESC, s.id""", resultSetExtractorClass = ScreeningRows.class)
	List<Screening> findWithAnswersNewestFirst(UUID patientId);

	Optional<Screening> findFirstByPatientIdOrderByRecordedAtDesc(UUID patientId);

}
