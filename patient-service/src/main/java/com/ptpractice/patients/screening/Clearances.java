package com.ptpractice.patients.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Therapists' clearances. New ones (corrections too) are inserted through the aggregate
 * template: they are never updated.
 */
interface Clearances extends Repository<Clearance, UUID> {

	List<Clearance> findByScreeningIdInOrderByClearedAt(Collection<UUID> screeningIds);

	Optional<Clearance> findById(UUID id);

	boolean existsByCorrectsId(UUID correctedId);

}
