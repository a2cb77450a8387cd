package com.ptpractice.credentialing.credentials;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.staterules.Jurisdiction;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The stored credentials.
 */
interface Credentials extends ListCrudRepository<Credential, UUID> {

	List<Credential> findByTherapistIdOrderByKindAscIssuedOnAsc(UUID therapistId);

	List<Credential> findByTherapistIdIn(Collection<UUID> therapistIds);

	List<Credential> findByExpiresOnLessThanEqual(LocalDate day);

	List<Credential> findByState(Jurisdiction state);

}
