package com.ptpractice.scheduling.clinics;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/**
 * The practice's clinics.
 */
interface Clinics extends ListCrudRepository<Clinic, UUID>, PagingAndSortingRepository<Clinic, UUID> {

	Page<Clinic> findByState(String state, Pageable pageable);

}
