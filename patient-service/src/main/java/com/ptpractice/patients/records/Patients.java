package com.ptpractice.patients.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The patients of the practice.
 */
interface Patients extends Repository<Patient, UUID> {

	Patient save(Patient patient);

	Optional<Patient> findById(UUID id);

	boolean existsById(UUID id);

	Optional<Patient> findByLoginSubject(String loginSubject);

	@Query("SELECT nextval('patient_mrn_seq')")
	long nextRecordNumber();

	/** Patients with these names (ignoring case) and birth date. */
	@Query("""
			SELECT * FROM patient
			WHERE lower(first_name) = lower(:firstName) AND lower(last_name) = lower(:lastName)
			  AND birth_date = :birthDate
			ORDER BY mrn""")
	List<Patient> findSamePerson(String firstName, String lastName, LocalDate birthDate);

}
