package com.ptpractice.scheduling.clinics;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's clinics.
 */
interface Clinics extends ListCrudRepository<Clinic, UUID>, PagingAndSortingRepository<Clinic, UUID> {

	/**
	 * One statement, so it joins a caller's transaction or runs on its own. Spring Data's
	 * own {@code findById} opens a read-only transaction of its own: {@code BEGIN READ
	 * ONLY}, the query and a {@code COMMIT} round trip, in every booking and search
	 * before they ask anything else (PostgreSQL's statement log, issue 15).
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<Clinic> findById(UUID id);

	Page<Clinic> findByState(String state, Pageable pageable);

}
