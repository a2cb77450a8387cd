package com.ptpractice.patients.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.patients.PatientApiTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhiAccessLogIntegrationTests extends PatientApiTests {

	@Autowired
	private PhiAccessLog accessLog;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void aReadsTransactionCommitsWithoutWaitingForTheWalFlushWhileAChangeWaits() {
		UUID patient = UUID.fromString(registerPatient());
		Actor frontDesk = new Actor(FRONT_DESK_USER, Set.of(Roles.FRONT_DESK), null);
		int before = entriesOf(patient);

		String duringRead = this.transaction.execute((status) -> {
			this.accessLog.recordRead(patient, frontDesk, AuditAction.READ);
			return synchronousCommit();
		});
		String afterRead = this.transaction.execute((status) -> synchronousCommit());
		String duringChange = this.transaction.execute((status) -> {
			this.accessLog.record(patient, frontDesk, AuditAction.UPDATE_DEMOGRAPHICS);
			return synchronousCommit();
		});

		assertThat(duringRead).isEqualTo("off");
		assertThat(afterRead).as("the next transaction on the pooled connection").isEqualTo("on");
		assertThat(duringChange).isEqualTo("on");
		assertThat(entriesOf(patient)).isEqualTo(before + 2);
	}

	@Test
	void aReadsEntryNamesThePersonTheirRolesTheClientAndTheAction() {
		UUID patient = UUID.fromString(registerPatient());
		Actor therapist = new Actor(THERAPIST_USER, Set.of(Roles.THERAPIST, Roles.FRONT_DESK), "clinic-web");
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		this.transaction.executeWithoutResult(
				(status) -> this.accessLog.recordRead(patient, therapist, AuditAction.READ_READINESS));

		Map<String, Object> entry = this.jdbc.queryForMap("""
				SELECT occurred_at, actor_subject, actor_role, client_id, action FROM phi_access_log
				WHERE patient_id = ? ORDER BY id DESC LIMIT 1""", patient);
		assertThat(entry).containsEntry("actor_subject", THERAPIST_USER)
			.containsEntry("actor_role", "FRONT_DESK,THERAPIST")
			.containsEntry("client_id", "clinic-web")
			.containsEntry("action", "READ_READINESS");
		assertThat(((Timestamp) entry.get("occurred_at")).toInstant()).isBetween(before, Instant.now());
	}

	@Test
	void everyReadOfTheApiIsRecordedAndCommitted() {
		String id = registerPatient();

		get("/patients/" + id, therapist()).expectStatus().isOk();
		get("/patients/" + id + "/consents", therapist()).expectStatus().isOk();
		get("/patients/" + id + "/screenings", therapist()).expectStatus().isOk();

		assertThat(this.jdbc.queryForList(
				"SELECT action FROM phi_access_log WHERE patient_id = CAST(? AS uuid) AND actor_subject = ? ORDER BY id",
				String.class, id, THERAPIST_USER))
			.containsExactly("READ", "READ_CONSENTS", "READ_SCREENINGS");
	}

	private String synchronousCommit() {
		return this.jdbc.queryForObject("SELECT current_setting('synchronous_commit')", String.class);
	}

	private int entriesOf(UUID patient) {
		return this.jdbc.queryForObject("SELECT count(*) FROM phi_access_log WHERE patient_id = ?", Integer.class,
				patient);
	}

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
