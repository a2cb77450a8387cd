package com.ptpractice.credentialing.staterules;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The stored rule versions. Append-only: versions are inserted, never updated.
 */
interface StateRules extends Repository<StateRule, UUID> {

	List<StateRule> findByStateOrderByEffectiveFrom(Jurisdiction state);

	List<StateRule> findAllByOrderByStateAscEffectiveFromAsc();

}
