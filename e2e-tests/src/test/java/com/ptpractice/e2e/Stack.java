package com.ptpractice.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running stack as a test sees it: where each process listens, real tokens from
 * Keycloak, and plain HTTP calls. Addresses can be changed with {@code E2E_GATEWAY_URL},
 * {@code E2E_KEYCLOAK_URL} and {@code E2E_<SERVICE>_URL}.
 */
final class Stack {

	static final String GATEWAY = env("E2E_GATEWAY_URL", "http://localhost:8080");

	static final String KEYCLOAK = env("E2E_KEYCLOAK_URL", "http://localhost:8180");

	static final String SCHEDULING = env("E2E_SCHEDULING_URL", "http://localhost:8081");

	static final String PATIENTS = env("E2E_PATIENTS_URL", "http://localhost:8082");

	static final String CREDENTIALING = env("E2E_CREDENTIALING_URL", "http://localhost:8083");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Map<String, CachedToken> USER_TOKENS = new ConcurrentHashMap<>();

	private Stack() {
	}

	/**
	 * A demo user's access token (password grant of the tests-only client), reused while
	 * it has more than a minute to live: one login per user at a time, because Keycloak's
	 * brute-force detection takes a burst of parallel logins for an attack.
	 */
	static String userToken(String username) {
		synchronized (USER_TOKENS) {
			CachedToken cached = USER_TOKENS.get(username);
			if (cached == null || cached.expiresSoon()) {
				String token = userToken("clinic-cli", username);
				cached = new CachedToken(token, Instant.ofEpochSecond(claims(token).get("exp").asLong()));
				USER_TOKENS.put(username, cached);
			}
			return cached.token();
		}
	}

	/** A fresh login; logins never run in parallel (see {@link #userToken(String)}). */
	static String userToken(String clientId, String username) {
		synchronized (USER_TOKENS) {
			return token("clinic", Map.of("grant_type", "password", "client_id", clientId, "username", username,
					"password", username + "-demo"));
		}
	}

	/**
	 * Runs a sign-in of another kind (a browser's, through Keycloak's login page) under
	 * the same lock as the password grants, so no two logins ever overlap.
	 */
	static <T> T oneLoginAtATime(java.util.function.Supplier<T> login) {
		synchronized (USER_TOKENS) {
			return login.get();
		}
	}

	/** A platform service's own client-credentials token. */
	static String serviceToken(String clientId, String secret) {
		return token("clinic",
				Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	/** A real token from another realm of the same Keycloak: a foreign issuer. */
	static String masterRealmAdminToken() {
		return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username",
				env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), "password", env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")));
	}

	static JsonNode claims(String token) {
		String payload = token.split("\\.")[1];
		return JSON.readTree(Base64.getUrlDecoder().decode(payload));
	}

	static HttpResponse<String> get(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	static JsonNode body(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private record CachedToken(String token, Instant expiresAt) {

		boolean expiresSoon() {
			return Instant.now().plusSeconds(60).isAfter(this.expiresAt);
		}

	}

	private static String token(String realm, Map<String, String> form) {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
					.timeout(Duration.ofSeconds(15))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"Keycloak refused a token (" + response.statusCode() + "): " + response.body());
		}
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Is the stack running (scripts/stack.sh start)? " + request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
