package com.ptpractice.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests with a JSON body, beside {@link Stack#get}, and test data the services accept.
 */
final class Http {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	/**
	 * A POST; a {@code String} body is sent as the JSON it holds, anything else as JSON.
	 */
	static HttpResponse<String> post(String url, String token, Object body) {
		return send("POST", url, token, body, null);
	}

	static HttpResponse<String> post(String url, String token, Object body, String idempotencyKey) {
		return send("POST", url, token, body, idempotencyKey);
	}

	static HttpResponse<String> put(String url, String token, Object body) {
		return send("PUT", url, token, body, null);
	}

	static HttpResponse<String> delete(String url, String token) {
		return send("DELETE", url, token, null, null);
	}

	/**
	 * A fresh NPI: nine random digits and the Luhn check digit over them prefixed with
	 * 80840.
	 */
	static String randomNpi() {
		String firstNine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		for (int digit = 0; digit <= 9; digit++) {
			if (luhnValid("80840" + firstNine + digit)) {
				return firstNine + digit;
			}
		}
		throw new IllegalStateException("No check digit for " + firstNine);
	}

	private static boolean luhnValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private static HttpResponse<String> send(String method, String url, String token, Object body,
			String idempotencyKey) {
		String json = (body == null) ? "" : (body instanceof String raw) ? raw : Stack.JSON.writeValueAsString(body);
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (idempotencyKey != null) {
			builder.header("Idempotency-Key", idempotencyKey);
		}
		HttpRequest request = builder.build();
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

}
