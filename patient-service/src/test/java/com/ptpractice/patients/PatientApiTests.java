package com.ptpractice.patients;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.common.test.ServiceContractTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * The patient service on a random port with its real token checks and database, and what
 * its integration tests share: tokens for each role, unique patients (tests may run
 * against a database other tests filled), and plain JSON calls.
 */
@PostgresTest("patients")
public abstract class PatientApiTests extends ServiceContractTests {

	protected static final String FRONT_DESK_USER = "0f000000-0000-4000-8000-000000000001";

	protected static final String THERAPIST_USER = "0f000000-0000-4000-8000-000000000002";

	protected static final String ADMIN_USER = "0f000000-0000-4000-8000-000000000004";

	protected static final String SERVICE_ACCOUNT = "0f000000-0000-4000-8000-000000000009";

	@Autowired
	protected JdbcTemplate jdbc;

	@Override
	protected String allowedRole() {
		return Roles.FRONT_DESK;
	}

	protected static String frontDesk() {
		return issuer.token(FRONT_DESK_USER, Roles.FRONT_DESK);
	}

	protected static String therapist() {
		return issuer.token(THERAPIST_USER, Roles.THERAPIST);
	}

	protected static String practiceAdmin() {
		return issuer.token(ADMIN_USER, Roles.PRACTICE_ADMIN);
	}

	protected static String service() {
		return issuer.token(SERVICE_ACCOUNT, Roles.SERVICE);
	}

	protected static String patientLogin(String subject) {
		return issuer.token(subject, Roles.PATIENT);
	}

	/** A name no other test uses: letters only, so name searches find exactly it. */
	protected static String uniqueName(String prefix) {
		return prefix + UUID.randomUUID()
			.toString()
			.replace("-", "")
			.substring(0, 10)
			.chars()
			.mapToObj((c) -> String.valueOf((char) ('a' + Character.digit(c, 16))))
			.collect(Collectors.joining());
	}

	protected static String patientJson(String firstName, String lastName, LocalDate birthDate) {
		return """
				{"firstName": "%s", "lastName": "%s", "birthDate": "%s", "sex": "FEMALE",
				 "phone": "(303) 555-0100", "email": "%s@example.com",
				 "address": {"line1": "1 Main St", "city": "Denver", "state": "CO", "postalCode": "80202"}}"""
			.formatted(firstName, lastName, birthDate, lastName.toLowerCase());
	}

	/** Registers a new patient with unique names and returns its id. */
	protected String registerPatient() {
		return registerPatient(uniqueName("Ann"), uniqueName("Test"), LocalDate.of(1985, 3, 14));
	}

	protected String registerPatient(String firstName, String lastName, LocalDate birthDate) {
		String body = body(
				post("/patients", frontDesk(), patientJson(firstName, lastName, birthDate)).expectStatus().isCreated());
		return JsonPath.read(body, "$.id");
	}

	protected ResponseSpec get(String uri, String token) {
		return this.client.get().uri(uri).headers(bearer(token)).exchange();
	}

	protected ResponseSpec post(String uri, String token, String json) {
		return this.client.post()
			.uri(uri)
			.headers(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	protected ResponseSpec put(String uri, String token, String json) {
		return this.client.put()
			.uri(uri)
			.headers(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	/** The body of a response whose status was checked. */
	protected static String body(ResponseSpec response) {
		String body = response.expectBody(String.class).returnResult().getResponseBody();
		if (body == null) {
			throw new AssertionError("Expected a response body");
		}
		return body;
	}

	protected static <T> T read(ResponseSpec response, String path) {
		return JsonPath.read(body(response), path);
	}

}
