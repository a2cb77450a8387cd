package com.ptpractice.patients.audit;

import java.util.UUID;

import com.ptpractice.patients.PatientApiTests;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhiAccessLogIntegrationTests extends PatientApiTests {

	@Test
	void theDatabaseRefusesToUpdateAnEntry() {
		long entry = entryFor(registerPatient());

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("UPDATE phi_access_log SET actor_subject = 'someone-else' WHERE id = ?", entry))
			.satisfies(PhiAccessLogIntegrationTests::refusedAsAppendOnly);
		assertThat(
				this.jdbc.queryForObject("SELECT actor_subject FROM phi_access_log WHERE id = ?", String.class, entry))
			.isEqualTo(FRONT_DESK_USER);
	}

	@Test
	void theDatabaseRefusesToDeleteAnEntry() {
		long entry = entryFor(registerPatient());

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM phi_access_log WHERE id = ?", entry))
			.satisfies(PhiAccessLogIntegrationTests::refusedAsAppendOnly);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM phi_access_log WHERE id = ?", Integer.class, entry))
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesToTruncateTheLog() {
		registerPatient();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("TRUNCATE phi_access_log CASCADE"))
			.satisfies(PhiAccessLogIntegrationTests::refusedAsAppendOnly);
	}

	@Test
	void practiceAdministratorsReadAPatientsEntriesNewestFirst() {
		String id = registerPatient();
		get("/patients/" + id, therapist()).expectStatus().isOk();

		get("/patients/audit?patientId=" + id, practiceAdmin()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(2)
			.jsonPath("$.items[0].action")
			.isEqualTo("READ")
			.jsonPath("$.items[0].actorSubject")
			.isEqualTo(THERAPIST_USER)
			.jsonPath("$.items[0].actorRole")
			.isEqualTo("THERAPIST")
			.jsonPath("$.items[1].action")
			.isEqualTo("REGISTER")
			.jsonPath("$.items[1].patientId")
			.isEqualTo(id);
	}

	@Test
	void aTimeWindowBeforeTheAccessFindsNothing() {
		String id = registerPatient();

		get("/patients/audit?patientId=" + id + "&to=2020-01-01T00:00:00Z", practiceAdmin()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(0);
	}

	@Test
	void nobodyElseReadsTheLog() {
		get("/patients/audit", frontDesk()).expectStatus().isForbidden();
		get("/patients/audit", therapist()).expectStatus().isForbidden();
		get("/patients/audit", service()).expectStatus().isForbidden();
		get("/patients/audit", patientLogin(UUID.randomUUID().toString())).expectStatus().isForbidden();
	}

	/** The service's role lacks the privilege (its trigger stops the owner too). */
	private static void refusedAsAppendOnly(DataAccessException ex) {
		assertThat(ex.getMostSpecificCause().getMessage()).contains("permission denied for table phi_access_log");
	}

	private long entryFor(String patientId) {
		Long id = this.jdbc.queryForObject("SELECT max(id) FROM phi_access_log WHERE patient_id = ?", Long.class,
				UUID.fromString(patientId));
		assertThat(id).isNotNull();
		return id;
	}

}
