package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.CREDENTIALING;
import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.get;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentialing through the real gateway with real Keycloak tokens: an administrator
 * registers a therapist with a Utah license, certification and registration and verifies
 * them; the decision is eligible in Utah and refused in California; roles are enforced at
 * the gateway and the service.
 */
class CredentialingE2ETests {

	private static final String API = GATEWAY + "/api/credentialing";

	private static final String IN_UTAH = "2030-06-03T10:00:00-06:00";

	private static final String IN_CALIFORNIA = "2030-06-03T10:00:00-07:00";

	private static String admin;

	private static String therapistId;

	@BeforeAll
	static void registerAUtahReadyTherapist() {
		admin = userToken("credadmin");
		therapistId = Fixtures.utahReadyTherapist(admin);
	}

	@Test
	void theTherapistIsEligibleInUtah() {
		JsonNode decision = decision("UT", IN_UTAH, admin);

		assertThat(decision.get("eligible").asBoolean()).as(decision.toString()).isTrue();
		assertThat(decision.get("reasons").size()).isZero();
		assertThat(decision.get("ruleVersion").asString()).startsWith("UT-");
		assertThat(decision.get("evaluatedAt").asString()).isEqualTo("2030-06-03T16:00:00Z");
	}

	@Test
	void californiaProhibitsDryNeedling() {
		JsonNode decision = decision("CA", IN_CALIFORNIA, userToken("frontdesk"));

		assertThat(decision.get("eligible").asBoolean()).isFalse();
		assertThat(decision.get("reasons").values()).extracting((reason) -> reason.get("code").asString())
			.contains("STATE_PROHIBITS_DRY_NEEDLING");
	}

	@Test
	void theGatewaysServiceTokenGetsDecisionsSingleAndInBatches() {
		String service = Stack.serviceToken("gateway",
				System.getenv().getOrDefault("GATEWAY_CLIENT_SECRET", "gateway-demo-secret"));

		assertThat(decision("UT", IN_UTAH, service).get("eligible").asBoolean()).isTrue();
		HttpResponse<String> batch = Http.post(API + "/eligibility/dry-needling/batch", service,
				Map.of("state", "UT", "at", IN_UTAH, "therapistIds", List.of(therapistId)));
		assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
		assertThat(body(batch).get("decisions").get(0).get("eligible").asBoolean()).isTrue();
	}

	@Test
	void anInstantWithoutOffsetIsA400NamingAt() {
		HttpResponse<String> response = get(
				API + "/eligibility/dry-needling?therapistId=" + therapistId + "&state=UT&at=2030-06-03T10:00:00",
				admin);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("at");
	}

	@Test
	void rolesAreEnforced() {
		String frontDesk = userToken("frontdesk");
		HttpResponse<String> frontDeskCreates = Http.post(API + "/therapists", frontDesk, Map.of("npi",
				Http.randomNpi(), "firstName", "No", "lastName", "Access", "email", "no@demo.ptpractice.example"));
		assertThat(frontDeskCreates.statusCode()).isEqualTo(403);
		assertThat(get(API + "/therapists/" + therapistId, frontDesk).statusCode()).isEqualTo(200);

		String patient = userToken("patient");
		assertThat(get(decisionUri("UT", IN_UTAH), patient).statusCode()).isEqualTo(403);
		assertThat(
				get(CREDENTIALING + "/eligibility/dry-needling?therapistId=" + therapistId + "&state=UT&at=" + IN_UTAH,
						patient)
					.statusCode())
			.isEqualTo(403);

		// a therapist whose login is not linked to this record may not read it
		assertThat(get(API + "/therapists/" + therapistId, userToken("therapist")).statusCode()).isEqualTo(403);
		assertThat(get(API + "/audit", frontDesk).statusCode()).isEqualTo(403);
		assertThat(get(API + "/audit?subject=THERAPIST&subjectId=" + therapistId, admin).statusCode()).isEqualTo(200);
	}

	private static JsonNode decision(String state, String at, String token) {
		HttpResponse<String> response = get(decisionUri(state, at), token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return body(response);
	}

	private static String decisionUri(String state, String at) {
		return API + "/eligibility/dry-needling?therapistId=" + therapistId + "&state=" + state + "&at=" + at;
	}

}
