package com.ptpractice.credentialing.therapists;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class TherapistIntegrationTests extends CredentialingApiTests {

	@Test
	void registersATherapistWithLocationAndAuditEntry() {
		String npi = randomNpi();

		var result = this.client.post()
			.uri("/therapists")
			.headers(bearer(admin()))
			.body(body(npi))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult();

		JsonNode created = JSON.readTree(result.getResponseBody());
		String id = created.get("id").asString();
		assertThat(result.getResponseHeaders().getLocation()).hasToString(result.getUrl().toString() + "/" + id);
		assertThat(created.get("npi").asString()).isEqualTo(npi);
		assertThat(created.get("active").asBoolean()).isTrue();
		JsonNode audit = get("/audit?subject=THERAPIST&subjectId=" + id, admin(), HttpStatus.OK);
		assertThat(audit.get("content").get(0).get("action").asString()).isEqualTo("CREATED");
		assertThat(audit.get("content").get(0).get("actor").asString()).isEqualTo(ADMIN_SUBJECT);
		assertThat(audit.get("content").get(0).get("after").get("npi").asString()).isEqualTo(npi);
	}

	@Test
	void theAuditEntryNamesTheCallerAsTheirSignInDoes() {
		String named = issuer.token(ADMIN_SUBJECT, Map.of("name", "Ruth Adeyemi", "given_name", "Ruth", "family_name",
				"Adeyemi", "preferred_username", "credadmin"), Roles.CREDENTIALING_ADMIN);
		String givenAndFamily = issuer.token(ADMIN_SUBJECT,
				Map.of("given_name", "Ana", "family_name", "Silva", "preferred_username", "asilva"),
				Roles.CREDENTIALING_ADMIN);
		String usernameOnly = issuer.token(ADMIN_SUBJECT, Map.of("preferred_username", "credadmin2"),
				Roles.CREDENTIALING_ADMIN);

		assertThat(actorOfCreation(named)).isEqualTo(ADMIN_SUBJECT + " Ruth Adeyemi");
		assertThat(actorOfCreation(givenAndFamily)).isEqualTo(ADMIN_SUBJECT + " Ana Silva");
		assertThat(actorOfCreation(usernameOnly)).isEqualTo(ADMIN_SUBJECT + " credadmin2");
	}

	/**
	 * Who the audit entry of a therapist this token registers names: the id and the name.
	 */
	private String actorOfCreation(String token) {
		String id = post("/therapists", token, body(randomNpi()), HttpStatus.CREATED).get("id").asString();
		JsonNode entry = get("/audit?subject=THERAPIST&subjectId=" + id, admin(), HttpStatus.OK).get("content").get(0);
		return entry.get("actor").asString() + " " + entry.get("actorName").asString();
	}

	@Test
	void aDuplicateNpiIsA409AndStoresNothing() {
		String npi = randomNpi();
		post("/therapists", admin(), body(npi), HttpStatus.CREATED);

		JsonNode problem = post("/therapists", admin(), body(npi), HttpStatus.CONFLICT);

		assertThat(problem.get("type").asString()).isEqualTo("https://ptpractice.example/problems/duplicate-npi");
		assertThat(countWithNpi(npi)).isEqualTo(1);
	}

	@Test
	void anInvalidNpiIsA400NamingNpiAndStoresNothing() {
		String npi = randomNpi();
		String wrongCheckDigit = npi.substring(0, 9) + ((npi.charAt(9) - '0' + 1) % 10);

		JsonNode problem = post("/therapists", admin(), body(wrongCheckDigit), HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("npi");
		assertThat(countWithNpi(wrongCheckDigit)).isZero();
	}

	@Test
	void anUnknownTherapistIsA404Problem() {
		JsonNode problem = get("/therapists/" + UUID.randomUUID(), admin(), HttpStatus.NOT_FOUND);

		assertThat(problem.get("status").asInt()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsA409() {
		UUID id = createTherapist();
		JsonNode current = get("/therapists/" + id, admin(), HttpStatus.OK);
		Map<String, Object> update = update(current, "Renamed", current.get("version").asInt());
		put("/therapists/" + id, admin(), update, HttpStatus.OK);

		JsonNode problem = put("/therapists/" + id, admin(), update, HttpStatus.CONFLICT);

		assertThat(problem.get("type").asString()).isEqualTo("https://ptpractice.example/problems/version-conflict");
		assertThat(get("/therapists/" + id, admin(), HttpStatus.OK).get("lastName").asString()).isEqualTo("Renamed");
	}

	@Test
	void aTherapistReadsTheirOwnRecordOnlyThroughTheirLinkedLogin() {
		String subject = UUID.randomUUID().toString();
		UUID self = createTherapist(subject);
		UUID other = createTherapist();
		String token = issuer.token(subject, Roles.THERAPIST);

		assertThat(get("/therapists/" + self, token, HttpStatus.OK).get("id").asString()).isEqualTo(self.toString());
		assertThat(get("/therapists/me", token, HttpStatus.OK).get("id").asString()).isEqualTo(self.toString());
		get("/therapists/" + other, token, HttpStatus.FORBIDDEN);
		get("/therapists", token, HttpStatus.FORBIDDEN);
	}

	@Test
	void aTherapistWithoutALinkedRecordGetsA404ForMe() {
		get("/therapists/me", issuer.token(UUID.randomUUID().toString(), Roles.THERAPIST), HttpStatus.NOT_FOUND);
	}

	@Test
	void frontDeskListsTherapistsInPages() {
		createTherapist();

		JsonNode page = get("/therapists?size=1", tokenFor(Roles.FRONT_DESK), HttpStatus.OK);

		assertThat(page.get("content").size()).isEqualTo(1);
		assertThat(page.get("totalElements").asLong()).isPositive();
	}

	private Integer countWithNpi(String npi) {
		return this.jdbc.queryForObject("SELECT count(*) FROM therapist WHERE npi = ?", Integer.class, npi);
	}

	private static Map<String, Object> body(String npi) {
		return Map.of("npi", npi, "firstName", "Ada", "lastName", "Lovelace", "email",
				"ada-" + UUID.randomUUID() + "@test.example");
	}

	private static Map<String, Object> update(JsonNode current, String lastName, int version) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("npi", current.get("npi").asString());
		update.put("firstName", current.get("firstName").asString());
		update.put("lastName", lastName);
		update.put("email", current.get("email").asString());
		update.put("active", true);
		update.put("version", version);
		return update;
	}

}
