package com.ptpractice.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * POST calls and test data for the scheduling end-to-end tests (Stack offers GET only).
 */
final class SchedulingHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SchedulingHttp() {
	}

	static HttpResponse<String> post(String url, String token, Object body) {
		return post(url, token, body, null);
	}

	static HttpResponse<String> post(String url, String token, Object body, String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Stack.JSON.writeValueAsString(body)));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Is the stack running? " + url + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A random NPI whose check digit is right (Luhn over "80840" and the first nine
	 * digits).
	 */
	static String randomNpi() {
		StringBuilder digits = new StringBuilder("1");
		for (int i = 0; i < 8; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString() + luhnCheckDigit("80840" + digits);
	}

	private static int luhnCheckDigit(String payload) {
		int sum = 0;
		boolean twice = true;
		for (int i = payload.length() - 1; i >= 0; i--) {
			int digit = payload.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return (10 - (sum % 10)) % 10;
	}

}
