package com.ptpractice.e2e;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.SCHEDULING;
import static com.ptpractice.e2e.Stack.claims;
import static com.ptpractice.e2e.Stack.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Keycloak token past its expiry is refused. The tests-only client
 * {@code e2e-expiry} issues tokens that live one second; Spring Security tolerates 60
 * seconds of clock skew, so the test waits that long once.
 */
class ExpiredTokenE2ETests {

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	@Test
	void anExpiredTokenIsRefusedByTheGatewayAndTheService() throws InterruptedException {
		String token = Stack.userToken("e2e-expiry", "frontdesk");
		Instant expiresAt = Instant.ofEpochSecond(claims(token).get("exp").asLong());
		// accepted while within the tolerated skew: the later refusal is the expiry's
		// doing
		assertThat(get(GATEWAY + "/api/scheduling/appointment-types", token).statusCode()).isEqualTo(200);

		Duration wait = Duration.between(Instant.now(), expiresAt.plus(CLOCK_SKEW).plusSeconds(2));
		if (!wait.isNegative()) {
			Thread.sleep(wait.toMillis());
		}

		assertThat(get(GATEWAY + "/api/scheduling/appointment-types", token).statusCode()).isEqualTo(401);
		assertThat(get(SCHEDULING + "/appointment-types", token).statusCode()).isEqualTo(401);
	}

}
