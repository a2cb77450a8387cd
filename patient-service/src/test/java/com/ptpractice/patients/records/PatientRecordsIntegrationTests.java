package com.ptpractice.patients.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.PatientApiTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatientRecordsIntegrationTests extends PatientApiTests {

	private static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

	@Test
	void registeringGivesAnIdAndAValidRecordNumberAndStoresThePhoneInE164() {
		String lastName = uniqueName("Reg");
		String body = body(post("/patients", frontDesk(), patientJson("Ann", lastName, BIRTH)).expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/patients/[0-9a-f-]{36}"));
		String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
		String mrn = com.jayway.jsonpath.JsonPath.read(body, "$.mrn");

		assertThat(MedicalRecordNumber.isValid(mrn)).isTrue();
		get("/patients/" + id, therapist()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.mrn")
			.isEqualTo(mrn)
			.jsonPath("$.phone")
			.isEqualTo("+13035550100")
			.jsonPath("$.address.state")
			.isEqualTo("CO")
			.jsonPath("$.loginLinked")
			.isEqualTo(false);
	}

	@Test
	void everyPatientGetsADifferentRecordNumber() {
		String first = read(get("/patients/" + registerPatient(), frontDesk()).expectStatus().isOk(), "$.mrn");
		String second = read(get("/patients/" + registerPatient(), frontDesk()).expectStatus().isOk(), "$.mrn");

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void theSameNameAndBirthDateIsA409WithTheExistingRecordNumberUnlessConfirmed() {
		String lastName = uniqueName("Dup");
		String id = registerPatient("Ann", lastName, BIRTH);
		String mrn = read(get("/patients/" + id, frontDesk()).expectStatus().isOk(), "$.mrn");

		post("/patients", frontDesk(), patientJson("ANN", lastName.toUpperCase(), BIRTH)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/possible-duplicate-patient")
			.jsonPath("$.existingMrn")
			.isEqualTo(mrn);
		assertThat(countByLastName(lastName)).isEqualTo(1);
		assertThat(auditActions(id)).contains("DUPLICATE_MATCH");

		post("/patients", frontDesk(), patientJson("Ann", lastName, BIRTH).replace("{\"firstName\"",
				"{\"confirmedDifferentPerson\": true, \"firstName\""))
			.expectStatus()
			.isCreated();
		assertThat(countByLastName(lastName)).isEqualTo(2);
	}

	@Test
	void aDifferentBirthDateIsNoDuplicate() {
		String lastName = uniqueName("Twin");
		registerPatient("Ann", lastName, BIRTH);

		post("/patients", frontDesk(), patientJson("Ann", lastName, BIRTH.plusDays(1))).expectStatus().isCreated();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "\"birthDate\": \"1985-03-14\"|\"birthDate\": \"2999-03-14\"|birthDate",
					"@example.com|@example|email", "(303) 555-0100|555-0100|phone",
					"\"state\": \"CO\"|\"state\": \"ZZ\"|address.state" })
	void badInputIsA400NamingTheFieldAndNothingIsStored(String valid, String invalid, String field) {
		String lastName = uniqueName("Bad");

		post("/patients", frontDesk(), patientJson("Ann", lastName, BIRTH).replace(valid, invalid)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);

		assertThat(countByLastName(lastName)).isZero();
	}

	@Test
	void updatingWithTheCurrentVersionSucceedsAndAStaleVersionIsA409() {
		String id = registerPatient();
		int version = read(get("/patients/" + id, frontDesk()).expectStatus().isOk(), "$.version");
		String update = patientJson("Anna", uniqueName("Upd"), BIRTH).replace("{\"firstName\"",
				"{\"version\": " + version + ", \"firstName\"");

		put("/patients/" + id, frontDesk(), update).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.firstName")
			.isEqualTo("Anna")
			.jsonPath("$.version")
			.isEqualTo(version + 1);

		put("/patients/" + id, frontDesk(), update.replace("\"firstName\": \"Anna\"", "\"firstName\": \"Anne\""))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/version-conflict");
		get("/patients/" + id, frontDesk()).expectBody().jsonPath("$.firstName").isEqualTo("Anna");
	}

	@Test
	void updatingAnUnknownPatientIsA404() {
		String update = patientJson("Anna", "Nobody", BIRTH).replace("{\"firstName\"",
				"{\"version\": 1, \"firstName\"");

		put("/patients/" + UUID.randomUUID(), frontDesk(), update).expectStatus().isNotFound();
	}

	@Test
	void searchFindsByNameWordsAndBirthDateByPhoneInAnyFormAndByEmailIgnoringCase() {
		String lastName = uniqueName("Srch");
		String id = registerPatient("Beatrix", lastName, BIRTH);

		assertThat(searchIds("name=beat " + lastName.substring(0, 8))).containsExactly(id);
		assertThat(searchIds("name=" + lastName + "&birthDate=1985-03-14")).containsExactly(id);
		assertThat(searchIds("name=" + lastName + "&birthDate=1985-03-15")).isEmpty();
		assertThat(searchIds("phone=(303) 555.0100&name=" + lastName)).containsExactly(id);
		assertThat(searchIds("email=" + lastName.toUpperCase() + "@EXAMPLE.com")).containsExactly(id);
		assertThat(auditActions(id)).contains("SEARCH_RESULT");
	}

	@Test
	void searchWildcardsInTheNameAreLiteral() {
		registerPatient("Carla", uniqueName("Wild"), BIRTH);

		assertThat(searchIds("name=%%")).isEmpty();
		assertThat(searchIds("name=__")).isEmpty();
	}

	@Test
	void searchIsPaged() {
		String lastName = uniqueName("Page");
		for (int i = 0; i < 3; i++) {
			registerPatient("Dora" + (char) ('a' + i), lastName, BIRTH.plusDays(i));
		}

		get("/patients?name=" + lastName + "&size=2", frontDesk()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.totalElements")
			.isEqualTo(3);
		get("/patients?name=" + lastName + "&size=2&page=1", frontDesk()).expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "|name", "name=a|name", "phone=12|phone", "name=  |name" })
	void aSearchWithoutUsableCriteriaIsA400(String query, String field) {
		get("/patients?" + (query == null ? "" : query), frontDesk()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@Test
	void aLinkedPatientReadsTheirOwnRecordButAnotherPatientsIdIsA404() {
		String subject = UUID.randomUUID().toString();
		String own = registerPatient();
		String other = registerPatient();
		put("/patients/" + own + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isNoContent();

		get("/patients/me", patientLogin(subject)).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(own);
		get("/patients/" + own, patientLogin(subject)).expectStatus().isOk();
		get("/patients/" + other, patientLogin(subject)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/patient-not-found");
		get("/patients/" + UUID.randomUUID(), patientLogin(subject)).expectStatus().isNotFound();
		assertThat(auditActions(other)).doesNotContain("READ");
	}

	@Test
	void aPatientWithoutALinkedRecordGetsA404ForMe() {
		get("/patients/me", patientLogin(UUID.randomUUID().toString())).expectStatus().isNotFound();
	}

	@Test
	void aLoginLinkedToOnePatientCannotBeLinkedToAnother() {
		String subject = UUID.randomUUID().toString();
		String first = registerPatient();
		String second = registerPatient();
		put("/patients/" + first + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isNoContent();

		put("/patients/" + second + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isEqualTo(409);
		put("/patients/" + first + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isNoContent();
		get("/patients/me", patientLogin(subject)).expectBody().jsonPath("$.id").isEqualTo(first);
	}

	@Test
	void anUnlinkedLoginCanBeLinkedToAnotherRecord() {
		String subject = UUID.randomUUID().toString();
		String first = registerPatient();
		String second = registerPatient();
		put("/patients/" + first + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isNoContent();

		this.client.delete()
			.uri("/patients/" + first + "/login")
			.headers(bearer(frontDesk()))
			.exchange()
			.expectStatus()
			.isNoContent();

		get("/patients/me", patientLogin(subject)).expectStatus().isNotFound();
		put("/patients/" + second + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isNoContent();
		get("/patients/me", patientLogin(subject)).expectBody().jsonPath("$.id").isEqualTo(second);
		assertThat(auditActions(first)).contains("LINK_LOGIN", "UNLINK_LOGIN");
	}

	@Test
	void otherRolesSeeNoPatientData() {
		String id = registerPatient();

		get("/patients/" + id, issuer.token("cred-admin", "CREDENTIALING_ADMIN")).expectStatus().isForbidden();
		get("/patients/" + id, service()).expectStatus().isForbidden();
	}

	@Test
	void aPracticeAdministratorReadsAPatientAndTheReadIsAudited() {
		String id = registerPatient();

		get("/patients/" + id, practiceAdmin()).expectStatus().isOk();

		List<String> roles = this.jdbc.queryForList(
				"SELECT action || ' ' || actor_role FROM phi_access_log WHERE patient_id = ? ORDER BY id", String.class,
				UUID.fromString(id));
		assertThat(roles).contains("READ PRACTICE_ADMIN");
	}

	@Test
	void everyStaffReadAndWriteIsAuditedWithWhoAndRole() {
		String id = registerPatient();
		get("/patients/" + id, therapist()).expectStatus().isOk();

		List<String> entries = this.jdbc.queryForList(
				"SELECT action || ' ' || actor_subject || ' ' || actor_role FROM phi_access_log WHERE patient_id = ?"
						+ " ORDER BY id",
				String.class, UUID.fromString(id));
		assertThat(entries).containsExactly("REGISTER " + FRONT_DESK_USER + " FRONT_DESK",
				"READ " + THERAPIST_USER + " THERAPIST");
	}

	private List<String> searchIds(String query) {
		return read(get("/patients?" + query, frontDesk()).expectStatus().isOk(), "$.items[*].id");
	}

	private int countByLastName(String lastName) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM patient WHERE last_name = ?", Integer.class,
				lastName);
		return (count != null) ? count : 0;
	}

	private List<String> auditActions(String patientId) {
		return this.jdbc.queryForList("SELECT action FROM phi_access_log WHERE patient_id = ? ORDER BY id",
				String.class, UUID.fromString(patientId));
	}

}
