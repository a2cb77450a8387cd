package com.ptpractice.patients.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Patients' consents, current and revoked.
 */
interface Consents extends Repository<Consent, UUID> {

	Consent save(Consent consent);

	Optional<Consent> findById(UUID id);

	List<Consent> findByPatientIdOrderBySignedAtDesc(UUID patientId);

}
