package com.ptpractice.credentialing.credentials;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialIntegrationTests extends CredentialingApiTests {

	@Test
	void verifyingRecordsWhoWhenAndTheSource() {
		UUID therapist = createTherapist();

		JsonNode verified = addVerified(therapist, license("UT", "2020-01-01", "2030-12-31"));

		JsonNode verification = verified.get("verification");
		assertThat(verification.get("status").asString()).isEqualTo("VERIFIED");
		assertThat(verification.get("by").asString()).isEqualTo(ADMIN_SUBJECT);
		assertThat(verification.get("at").asString()).isNotBlank();
		assertThat(verification.get("primarySource").asString()).isEqualTo("State board license lookup");
	}

	@Test
	void changingAVerifiedCredentialsFactsSendsItBackToPending() {
		UUID therapist = createTherapist();
		JsonNode verified = addVerified(therapist, license("UT", "2020-01-01", "2030-12-31"));
		Map<String, Object> update = update(verified, "2032-12-31", "ACTIVE");

		JsonNode revised = put(uri(therapist, verified), admin(), update, HttpStatus.OK);

		assertThat(revised.get("expiresOn").asString()).isEqualTo("2032-12-31");
		assertThat(revised.get("verification").get("status").asString()).isEqualTo("PENDING");
		assertThat(revised.get("verification").get("by").isNull()).isTrue();
	}

	@Test
	void suspendingAVerifiedCredentialKeepsItsVerification() {
		UUID therapist = createTherapist();
		JsonNode verified = addVerified(therapist, license("UT", "2020-01-01", "2030-12-31"));

		JsonNode suspended = put(uri(therapist, verified), admin(), update(verified, "2030-12-31", "SUSPENDED"),
				HttpStatus.OK);

		assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(suspended.get("verification").get("status").asString()).isEqualTo("VERIFIED");
	}

	@ParameterizedTest
	@CsvSource({ "REVOKED", "SUSPENDED" })
	void reactivatingALapsedCredentialSendsItBackToPendingVerification(String lapsed) {
		UUID therapist = createTherapist();
		JsonNode verified = addVerified(therapist, license("UT", "2020-01-01", "2030-12-31"));
		JsonNode revoked = put(uri(therapist, verified), admin(), update(verified, "2030-12-31", lapsed),
				HttpStatus.OK);

		JsonNode reactivated = put(uri(therapist, verified), admin(), update(revoked, "2030-12-31", "ACTIVE"),
				HttpStatus.OK);

		assertThat(reactivated.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(reactivated.get("verification").get("status").asString()).isEqualTo("PENDING");
		assertThat(reactivated.get("verification").get("by").isNull()).isTrue();
	}

	@Test
	void aStaleUpdateIsA409() {
		UUID therapist = createTherapist();
		JsonNode credential = addCredential(therapist, license("UT", "2020-01-01", "2030-12-31"));
		put(uri(therapist, credential), admin(), update(credential, "2031-01-31", "ACTIVE"), HttpStatus.OK);

		put(uri(therapist, credential), admin(), update(credential, "2032-01-31", "ACTIVE"), HttpStatus.CONFLICT);

		assertThat(get(uri(therapist, credential), admin(), HttpStatus.OK).get("expiresOn").asString())
			.isEqualTo("2031-01-31");
	}

	@Test
	void decidingAVerificationTwiceIsA409() {
		UUID therapist = createTherapist();
		JsonNode verified = addVerified(therapist, license("UT", "2020-01-01", null));

		JsonNode problem = post(uri(therapist, verified) + "/verification", admin(),
				Map.of("outcome", "REJECTED", "primarySource", "board", "version", verified.get("version").asInt()),
				HttpStatus.CONFLICT);

		assertThat(problem.get("type").asString())
			.isEqualTo("https://ptpractice.example/problems/verification-already-decided");
	}

	@ParameterizedTest
	@CsvSource({ "kind, PT_DIPLOMA", "state, XX", "expiresOn, 2019-12-31", "trainingHours, -5",
			"issuedOn, not-a-date" })
	void badInputIsA400NamingTheFieldAndStoresNothing(String field, String value) {
		UUID therapist = createTherapist();
		Map<String, Object> body = new LinkedHashMap<>(certification(54, 10, null));
		body.put("kind", "DRY_NEEDLING_CERTIFICATION");
		body.put("issuedOn", "2020-01-01");
		body.put(field, field.equals("trainingHours") ? Integer.parseInt(value) : value);

		JsonNode problem = post("/therapists/" + therapist + "/credentials", admin(), body, HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credential WHERE therapist_id = ?", Integer.class,
				therapist))
			.isZero();
	}

	@Test
	void aLicenseWithoutAStateIsA400NamingState() {
		UUID therapist = createTherapist();
		Map<String, Object> body = license("UT", "2020-01-01", null);
		body.remove("state");

		JsonNode problem = post("/therapists/" + therapist + "/credentials", admin(), body, HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("state");
	}

	@Test
	void unknownTherapistsAndAnotherTherapistsCredentialAre404s() {
		UUID therapist = createTherapist();
		UUID other = createTherapist();
		JsonNode credential = addCredential(therapist, license("UT", "2020-01-01", null));

		post("/therapists/" + UUID.randomUUID() + "/credentials", admin(), license("UT", "2020-01-01", null),
				HttpStatus.NOT_FOUND);
		get("/therapists/" + other + "/credentials/" + credential.get("id").asString(), admin(), HttpStatus.NOT_FOUND);
		get("/therapists/" + therapist + "/credentials/" + UUID.randomUUID(), admin(), HttpStatus.NOT_FOUND);
	}

	@Test
	void frontDeskReadsButMayNotWrite() {
		UUID therapist = createTherapist();
		addCredential(therapist, license("UT", "2020-01-01", null));
		String frontDesk = tokenFor(Roles.FRONT_DESK);

		assertThat(get("/therapists/" + therapist + "/credentials", frontDesk, HttpStatus.OK).size()).isEqualTo(1);
		post("/therapists/" + therapist + "/credentials", frontDesk, license("UT", "2020-01-01", null),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void everyChangeIsAuditedWithBeforeAndAfter() {
		UUID therapist = createTherapist();
		JsonNode verified = addVerified(therapist, license("UT", "2020-01-01", null));

		JsonNode entries = get("/audit?subject=CREDENTIAL&subjectId=" + verified.get("id").asString(), admin(),
				HttpStatus.OK)
			.get("content");

		assertThat(entries.size()).isEqualTo(2);
		assertThat(entries.get(0).get("action").asString()).isEqualTo("VERIFIED");
		assertThat(entries.get(0).get("before").get("verification").asString()).isEqualTo("PENDING");
		assertThat(entries.get(0).get("after").get("verification").asString()).isEqualTo("VERIFIED");
		assertThat(entries.get(1).get("action").asString()).isEqualTo("CREATED");
		assertThat(entries.get(1).get("before").isNull()).isTrue();
	}

	private static String uri(UUID therapist, JsonNode credential) {
		return "/therapists/" + therapist + "/credentials/" + credential.get("id").asString();
	}

	private static Map<String, Object> update(JsonNode credential, String expiresOn, String status) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("state", credential.get("state").asString());
		update.put("number", credential.get("number").asString());
		update.put("issuedOn", credential.get("issuedOn").asString());
		update.put("expiresOn", expiresOn);
		update.put("status", status);
		update.put("version", credential.get("version").asInt());
		return update;
	}

}
