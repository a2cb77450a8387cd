package com.ptpractice.patients;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.ptpractice.common.test.DatabaseRolesContract;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient service runs as a role that cannot bend its records (README, "Database
 * roles"): every refused statement is tried as that role by
 * {@link DatabaseRolesContract}; the work the service does still works.
 */
class DatabaseRolesIntegrationTests extends PatientApiTests implements DatabaseRolesContract {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@Override
	public DataSource serviceRole() {
		return this.dataSource;
	}

	@Override
	public Environment environment() {
		return this.environment;
	}

	@Override
	public Set<String> appendOnlyTables() {
		return Set.of("phi_access_log", "screening", "screening_answer", "clearance", "clearance_item");
	}

	@Override
	public Set<String> undeletableTables() {
		return Set.of("consent");
	}

	@Test
	void aSignedConsentCannotBeDeletedByTheServiceRole() {
		assertRefused("DELETE FROM consent", "permission denied for table consent");
		assertRefused("TRUNCATE consent CASCADE", "permission denied for table consent");
	}

	@Test
	void theServiceStillRegistersScreensClearsAndRevokesAsItsOwnRole() {
		String id = registerPatient();
		String screening = read(post("/patients/" + id + "/screenings", therapist(), """
				{"answers": [
				  {"contraindication": "FIRST_TRIMESTER_PREGNANCY", "present": false},
				  {"contraindication": "BLEEDING_DISORDER_OR_ANTICOAGULANTS", "present": true},
				  {"contraindication": "ACTIVE_CANCER_TREATMENT", "present": false},
				  {"contraindication": "INFECTION_AT_SITE", "present": false},
				  {"contraindication": "COMPROMISED_IMMUNITY", "present": false},
				  {"contraindication": "SEVERE_NEEDLE_FEAR", "present": false},
				  {"contraindication": "VASCULAR_CONCERNS", "present": false}]}""").expectStatus().isCreated(), "$.id");
		post("/patients/" + id + "/screenings/" + screening + "/clearances", therapist(),
				"{\"contraindications\": [\"BLEEDING_DISORDER_OR_ANTICOAGULANTS\"], \"note\": \"INR stable\"}")
			.expectStatus()
			.isCreated();
		String consent = read(post("/patients/" + id + "/consents", frontDesk(),
				"{\"formVersion\": \"DN-2026-01\", \"signedAt\": \"2026-01-05T10:00:00Z\", \"signer\": \"PATIENT\"}")
			.expectStatus()
			.isCreated(), "$.id");
		post("/patients/" + id + "/consents/" + consent + "/revocation", frontDesk(), "{\"reason\": \"Patient asked\"}")
			.expectStatus()
			.isOk();
		int version = read(get("/patients/" + id, frontDesk()).expectStatus().isOk(), "$.version");
		put("/patients/" + id, frontDesk(),
				patientJson(uniqueName("Ada"), uniqueName("Lovelace"), LocalDate.of(1990, 1, 1)).replace("{",
						"{\"version\": " + version + ", "))
			.expectStatus()
			.isOk();

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM phi_access_log WHERE patient_id = ?", Long.class,
				UUID.fromString(id)))
			.isEqualTo(7);
	}

}
