package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.KEYCLOAK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's whole day through the real gateway and Keycloak, as plain HTTP with a
 * cookie jar: sign-in on Keycloak's own login page, the session's user, API calls with
 * the session cookie alone (the gateway relays the token), CSRF refusal, and sign-out.
 */
class BrowserSessionE2ETests {

	private final Browser browser = new Browser();

	@Test
	void aFrontDeskSignsInWorksWithTheSessionAloneAndSignsOut() {
		String landedOn = Stack.oneLoginAtATime(() -> this.browser.signIn("frontdesk", "/#/desk"));
		assertThat(landedOn).isEqualTo("/#/desk");

		HttpResponse<String> user = this.browser.send(Browser.get(GATEWAY + "/bff/user"));
		assertThat(user.statusCode()).isEqualTo(200);
		JsonNode me = Stack.JSON.readTree(user.body());
		assertThat(me.get("username").asString()).isEqualTo("frontdesk");
		assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("FRONT_DESK");
		String csrf = this.browser.cookie("XSRF-TOKEN");
		assertThat(csrf).as("the CSRF cookie comes with the user").isNotBlank();

		// the API with the session cookie only: the gateway relays the session's token
		HttpResponse<String> types = this.browser.send(Browser.get(GATEWAY + "/api/scheduling/appointment-types"));
		assertThat(types.statusCode()).isEqualTo(200);
		assertThat(types.body()).contains("DRY_NEEDLING");

		// a state-changing call without the CSRF header is refused at the gateway; with
		// it,
		// it reaches the service as the signed-in user (who may cancel, but not a booking
		// that does not exist)
		String cancel = GATEWAY + "/api/scheduling/appointments/" + UUID.randomUUID() + "/cancel";
		HttpResponse<String> forged = this.browser
			.send(Browser.postJson(cancel, "{\"reason\":\"patient called\"}", null));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("csrf-token-invalid");
		HttpResponse<String> genuine = this.browser
			.send(Browser.postJson(cancel, "{\"reason\":\"patient called\"}", csrf));
		assertThat(genuine.statusCode()).isEqualTo(404);

		HttpResponse<String> logout = this.browser.send(Browser.postJson(GATEWAY + "/bff/logout", "", csrf));
		assertThat(logout.statusCode()).isEqualTo(200);
		String redirectTo = Stack.JSON.readTree(logout.body()).get("redirectTo").asString();
		assertThat(redirectTo).startsWith(KEYCLOAK + "/realms/clinic/protocol/openid-connect/logout?");
		Map<String, String> endSessionQuery = Browser.query(redirectTo);
		assertThat(endSessionQuery.get("id_token_hint")).isNotBlank();
		assertThat(endSessionQuery.get("post_logout_redirect_uri")).isEqualTo(GATEWAY + "/");
		assertThat(this.browser.send(Browser.get(GATEWAY + "/bff/user")).statusCode()).isEqualTo(401);
		assertThat(this.browser.send(Browser.get(GATEWAY + "/api/scheduling/appointment-types")).statusCode())
			.isEqualTo(401);

		// Keycloak ends its own session and sends the browser back to the front end
		HttpResponse<String> endSession = this.browser.send(Browser.get(redirectTo));
		assertThat(endSession.statusCode()).isEqualTo(302);
		assertThat(endSession.headers().firstValue("Location")).hasValue(GATEWAY + "/");
	}

}
