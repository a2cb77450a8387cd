package com.ptpractice.credentialing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.common.test.TestIssuer;
import com.ptpractice.credentialing.therapists.Npi;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The real application on a random port against a real PostgreSQL, with tokens from a
 * local test issuer, and helpers to set up therapists and credentials through the API.
 * The database is shared by every test class of the JVM: tests make their own data (fresh
 * NPIs) and never assume empty tables.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@PostgresTest("credentialing")
public abstract class CredentialingApiTests {

	protected static final TestIssuer issuer = TestIssuer.start();

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	protected static final String ADMIN_SUBJECT = "5f0c3a55-0000-4000-8000-00000000ad01";

	@Autowired
	protected RestTestClient client;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void trustTestIssuer(DynamicPropertyRegistry registry) {
		issuer.register(registry);
		registry.add("credentialing.expiry-watch.cron", () -> "-");
	}

	protected static String admin() {
		return issuer.token(ADMIN_SUBJECT, Roles.CREDENTIALING_ADMIN);
	}

	protected static String tokenFor(String role) {
		return issuer.token("user-" + role.toLowerCase(), role);
	}

	protected static Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	/** A fresh NPI with a valid check digit. */
	protected static String randomNpi() {
		String firstNine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		return firstNine + Npi.Validator.checkDigitFor(firstNine);
	}

	/** Sends a request and checks the status; the body as JSON (null when empty). */
	protected JsonNode call(HttpMethod method, String uri, String token, @Nullable Object body, HttpStatus expected) {
		var request = this.client.method(method).uri(uri).headers(bearer(token));
		var exchange = (body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
				: request.exchange();
		String text = exchange.expectStatus()
			.isEqualTo(expected)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return (text != null) ? JSON.readTree(text) : JSON.nullNode();
	}

	protected JsonNode get(String uri, String token, HttpStatus expected) {
		return call(HttpMethod.GET, uri, token, null, expected);
	}

	protected JsonNode post(String uri, String token, Object body, HttpStatus expected) {
		return call(HttpMethod.POST, uri, token, body, expected);
	}

	protected JsonNode put(String uri, String token, Object body, HttpStatus expected) {
		return call(HttpMethod.PUT, uri, token, body, expected);
	}

	protected UUID createTherapist() {
		return createTherapist(null);
	}

	protected UUID createTherapist(@Nullable String loginSubject) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("npi", randomNpi());
		body.put("firstName", "Test");
		body.put("lastName", "Therapist");
		body.put("email", "therapist-" + UUID.randomUUID() + "@test.example");
		body.put("loginSubject", loginSubject);
		return UUID.fromString(post("/therapists", admin(), body, HttpStatus.CREATED).get("id").asString());
	}

	protected JsonNode addCredential(UUID therapistId, Map<String, Object> body) {
		return post("/therapists/" + therapistId + "/credentials", admin(), body, HttpStatus.CREATED);
	}

	protected JsonNode verify(UUID therapistId, JsonNode credential) {
		return post("/therapists/" + therapistId + "/credentials/" + credential.get("id").asString() + "/verification",
				admin(), Map.of("outcome", "VERIFIED", "primarySource", "State board license lookup", "version",
						credential.get("version").asInt()),
				HttpStatus.OK);
	}

	protected JsonNode addVerified(UUID therapistId, Map<String, Object> body) {
		return verify(therapistId, addCredential(therapistId, body));
	}

	protected static Map<String, Object> license(String state, String issuedOn, @Nullable String expiresOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "STATE_LICENSE");
		body.put("state", state);
		body.put("number", "PT-" + ThreadLocalRandom.current().nextInt(1_000_000));
		body.put("issuedOn", issuedOn);
		body.put("expiresOn", expiresOn);
		return body;
	}

	protected static Map<String, Object> certification(int hours, int sessions, @Nullable String expiresOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "DRY_NEEDLING_CERTIFICATION");
		body.put("issuer", "Dry Needling Institute");
		body.put("trainingHours", hours);
		body.put("supervisedSessions", sessions);
		body.put("issuedOn", "2021-03-01");
		body.put("expiresOn", expiresOn);
		return body;
	}

	protected static Map<String, Object> endorsement(String state, @Nullable String expiresOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "DRY_NEEDLING_ENDORSEMENT");
		body.put("state", state);
		body.put("number", "DN-" + ThreadLocalRandom.current().nextInt(1_000_000));
		body.put("issuedOn", "2022-01-10");
		body.put("expiresOn", expiresOn);
		return body;
	}

	/** A therapist who may dry-needle in Utah until the end of 2031. */
	protected UUID utahReadyTherapist() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("UT", "2019-05-01", "2031-12-31"));
		addVerified(therapist, certification(54, 250, null));
		addVerified(therapist, endorsement("UT", "2031-12-31"));
		return therapist;
	}

}
