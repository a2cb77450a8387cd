package com.ptpractice.gateway.edge;

import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits (against the Redis on this machine), CORS, security headers and size limits
 * at the edge.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class EdgeHygieneIntegrationTests {

	static final WireMockServer backend = new WireMockServer(options().dynamicPort());

	static final TestIssuer issuer = TestIssuer.start();

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		backend.start();
		issuer.register(registry);
		registry.add("ptpractice.services.scheduling.base-url", backend::baseUrl);
		registry.add("PUBLIC_RATE_PER_SECOND", () -> "1");
		registry.add("PUBLIC_RATE_BURST", () -> "2");
		registry.add("ptpractice.web.allowed-origins", () -> "https://frontdesk.example");
	}

	@AfterAll
	static void stop() {
		backend.stop();
		issuer.close();
	}

	@BeforeEach
	void freshLimitAndBackend() {
		backend.resetAll();
		backend.stubFor(get(urlPathMatching("/public/clinics.*")).willReturn(okJson("[]")));
		backend.stubFor(get(urlPathMatching("/clinics.*")).willReturn(okJson("[]")));
		clearRateLimits();
	}

	@AfterEach
	void leaveNoLimitBehind() {
		clearRateLimits();
	}

	private void clearRateLimits() {
		this.redis.keys("request_rate_limiter.{public-clinics:*").flatMap(this.redis::delete).blockLast();
	}

	@Test
	void publicFinderOverItsLimitIsA429ProblemWithRetryAfter() {
		this.client.get().uri("/api/public/clinics?state=UT").exchange().expectStatus().isOk();
		this.client.get().uri("/api/public/clinics?state=UT").exchange().expectStatus().isOk();

		// the bucket refills one token a second (Redis counts whole seconds), so a burst
		// of
		// two is exhausted within the next few requests even if a second boundary passes
		EntityExchangeResult<byte[]> limited = null;
		for (int attempt = 0; attempt < 3 && limited == null; attempt++) {
			EntityExchangeResult<byte[]> result = this.client.get()
				.uri("/api/public/clinics?state=UT")
				.exchange()
				.expectBody()
				.returnResult();
			if (result.getStatus().value() == 429) {
				limited = result;
			}
		}
		assertThat(limited).as("a 429 within three requests after the burst").isNotNull();
		assertThat(limited.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(limited.getResponseHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(new String(limited.getResponseBodyContent(), StandardCharsets.UTF_8))
			.contains("https://ptpractice.example/problems/too-many-requests");
	}

	@Test
	void preflightFromTheFrontEndsOriginIsAllowedWithoutAToken() {
		this.client.options()
			.uri("/api/scheduling/appointments")
			.header(HttpHeaders.ORIGIN, "https://frontdesk.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://frontdesk.example");
	}

	@Test
	void preflightFromAnyOtherOriginIsRefused() {
		this.client.options()
			.uri("/api/scheduling/appointments")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void answersCarrySecurityHeaders() {
		this.client.get()
			.uri("/api/scheduling/clinics")
			.headers((headers) -> headers.setBearerAuth(issuer.token("front-desk-1", Roles.FRONT_DESK)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL,
					(value) -> org.assertj.core.api.Assertions.assertThat(value).contains("no-store"));
	}

	@Test
	void aBookingBodyOverTheGuardsLimitIsRefusedUnread() {
		String huge = "{\"type\": \"DRY_NEEDLING\", \"note\": \"" + "x".repeat(20_000) + "\"}";

		this.client.method(HttpMethod.POST)
			.uri("/api/scheduling/appointments")
			.headers((headers) -> headers.setBearerAuth(issuer.token("front-desk-1", Roles.FRONT_DESK)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(huge)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		backend.verify(0, postRequestedFor(urlEqualTo("/appointments")));
	}

}
