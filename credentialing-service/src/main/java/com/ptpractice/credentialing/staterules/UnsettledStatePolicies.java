package com.ptpractice.credentialing.staterules;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one stored policy row.
 */
interface UnsettledStatePolicies extends Repository<UnsettledStatePolicy, Boolean> {

	/**
	 * Joins the caller's transaction or runs without one (Spring Data's own opens a
	 * read-only transaction, a {@code COMMIT} round trip in every eligibility decision).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<UnsettledStatePolicy> findById(Boolean id);

	UnsettledStatePolicy save(UnsettledStatePolicy policy);

}
