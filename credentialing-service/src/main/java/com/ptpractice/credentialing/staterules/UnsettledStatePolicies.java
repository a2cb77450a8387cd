package com.ptpractice.credentialing.staterules;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The one stored policy row.
 */
interface UnsettledStatePolicies extends Repository<UnsettledStatePolicy, Boolean> {

	Optional<UnsettledStatePolicy> findById(Boolean id);

	UnsettledStatePolicy save(UnsettledStatePolicy policy);

}
