package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.CREDENTIALING;
import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.PATIENTS;
import static com.ptpractice.e2e.Stack.SCHEDULING;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.claims;
import static com.ptpractice.e2e.Stack.get;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Keycloak tokens through the real gateway to the real services.
 */
class IdentityE2ETests {

	private static final String PROBLEMS = "https://ptpractice.example/problems/";

	@ParameterizedTest
	@CsvSource({ "frontdesk, FRONT_DESK", "therapist, THERAPIST", "credadmin, CREDENTIALING_ADMIN",
			"practiceadmin, PRACTICE_ADMIN", "patient, PATIENT" })
	void everyDemoUserGetsATokenTheGatewayAndServicesAccept(String username, String role) {
		String token = userToken(username);

		JsonNode claims = claims(token);
		assertThat(claims.get("iss").asString()).isEqualTo("http://localhost:8180/realms/clinic");
		assertThat(audiences(claims)).contains("pt-practice-api");
		assertThat(claims.get("realm_access").get("roles").values()).extracting(JsonNode::asString).contains(role);

		HttpResponse<String> types = get(GATEWAY + "/api/scheduling/appointment-types", token);
		assertThat(types.statusCode()).isEqualTo(200);
		assertThat(body(types).values()).extracting((type) -> type.get("code").asString())
			.contains("INITIAL_EVALUATION", "FOLLOW_UP", "DRY_NEEDLING");
	}

	@ParameterizedTest
	@CsvSource({ "gateway, GATEWAY_CLIENT_SECRET, gateway-demo-secret",
			"scheduling-service, SCHEDULING_CLIENT_SECRET, scheduling-demo-secret" })
	void servicesGetTheirOwnClientCredentialsTokens(String clientId, String secretVariable, String demoSecret) {
		String secret = System.getenv().getOrDefault(secretVariable, demoSecret);
		String token = Stack.serviceToken(clientId, secret);

		JsonNode claims = claims(token);
		assertThat(claims.get("azp").asString()).isEqualTo(clientId);
		assertThat(claims.get("realm_access").get("roles").values()).extracting(JsonNode::asString)
			.containsExactly("SERVICE");
		assertThat(get(SCHEDULING + "/appointment-types", token).statusCode()).isEqualTo(200);
		// the credentialing service lets services in (there is nothing at /therapists
		// yet)
		assertThat(get(CREDENTIALING + "/therapists", token).statusCode()).isNotIn(401, 403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/scheduling/appointment-types", "/api/patients/me", "/api/credentialing/therapists" })
	void gatewayAnswersARequestWithoutATokenWith401(String path) {
		HttpResponse<String> response = get(GATEWAY + path, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("application/problem+json"));
		assertThat(body(response).get("type").asString()).isEqualTo(PROBLEMS + "unauthorized");
	}

	@ParameterizedTest
	@CsvSource({ "scheduling, /appointment-types", "patients, /patients/me", "credentialing, /therapists" })
	void eachServiceRefusesARequestWithoutATokenOnItsOwnPort(String service, String path) {
		String base = switch (service) {
			case "scheduling" -> SCHEDULING;
			case "patients" -> PATIENTS;
			default -> CREDENTIALING;
		};
		HttpResponse<String> response = get(base + path, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(body(response).get("type").asString()).isEqualTo(PROBLEMS + "unauthorized");
	}

	@Test
	void patientsAreForbiddenFromCredentialingAtTheGatewayAndAtTheService() {
		String token = userToken("patient");

		HttpResponse<String> atGateway = get(GATEWAY + "/api/credentialing/therapists", token);
		assertThat(atGateway.statusCode()).isEqualTo(403);
		assertThat(body(atGateway).get("type").asString()).isEqualTo(PROBLEMS + "forbidden");

		HttpResponse<String> atService = get(CREDENTIALING + "/therapists", token);
		assertThat(atService.statusCode()).isEqualTo(403);
		assertThat(body(atService).get("type").asString()).isEqualTo(PROBLEMS + "forbidden");
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		String foreign = Stack.masterRealmAdminToken();
		assertThat(claims(foreign).get("iss").asString()).endsWith("/realms/master");

		assertThat(get(GATEWAY + "/api/scheduling/appointment-types", foreign).statusCode()).isEqualTo(401);
		assertThat(get(SCHEDULING + "/appointment-types", foreign).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenWhoseClaimsWereAlteredIsRefused() {
		String[] parts = userToken("patient").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"PATIENT\"",
				"\"CREDENTIALING_ADMIN\"");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];

		assertThat(get(GATEWAY + "/api/credentialing/therapists", forged).statusCode()).isEqualTo(401);
		assertThat(get(CREDENTIALING + "/therapists", forged).statusCode()).isEqualTo(401);
	}

	@Test
	void thePublicClinicFinderNeedsNoToken() {
		assertThat(get(GATEWAY + "/api/public/clinics?state=UT", null).statusCode()).isNotIn(401, 403);
	}

	private static List<String> audiences(JsonNode claims) {
		JsonNode aud = claims.get("aud");
		return aud.isArray() ? aud.values().stream().map(JsonNode::asString).toList() : List.of(aud.asString());
	}

}
