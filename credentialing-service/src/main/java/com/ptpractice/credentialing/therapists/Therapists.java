package com.ptpractice.credentialing.therapists;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/**
 * The stored therapists.
 */
interface Therapists extends ListCrudRepository<Therapist, UUID>, PagingAndSortingRepository<Therapist, UUID> {

	boolean existsByNpiAndIdNot(String npi, UUID id);

	boolean existsByLoginSubjectAndIdNot(String loginSubject, UUID id);

	Optional<Therapist> findByLoginSubject(String loginSubject);

}
