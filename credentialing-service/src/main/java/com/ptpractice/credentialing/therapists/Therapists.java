package com.ptpractice.credentialing.therapists;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored therapists.
 */
interface Therapists extends ListCrudRepository<Therapist, UUID>, PagingAndSortingRepository<Therapist, UUID> {

	boolean existsByNpiAndIdNot(String npi, UUID id);

	boolean existsByLoginSubjectAndIdNot(String loginSubject, UUID id);

	Optional<Therapist> findByLoginSubject(String loginSubject);

	/**
	 * As Spring Data's, but joining the caller's transaction or running without one: its
	 * own opens a read-only transaction ({@code BEGIN READ ONLY}, the query, a
	 * {@code COMMIT} round trip) in every eligibility decision (issue 15).
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	List<Therapist> findAllById(Iterable<UUID> ids);

}
