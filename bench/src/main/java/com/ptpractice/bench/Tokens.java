package com.ptpractice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A front-desk access token from Keycloak's {@code clinic-cli} password grant, renewed
 * every four minutes (tokens last five). One login per renewal: Keycloak locks a user out
 * on parallel logins.
 */
final class Tokens implements AutoCloseable {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient client;

	private final URI tokenUri;

	private final String form;

	private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "token-renewal");
		thread.setDaemon(true);
		return thread;
	});

	private volatile String token;

	Tokens(HttpClient client, String keycloak, String username, String password) throws IOException {
		this.client = client;
		this.tokenUri = URI.create(keycloak + "/realms/clinic/protocol/openid-connect/token");
		this.form = "grant_type=password&client_id=clinic-cli&username=" + encode(username) + "&password="
				+ encode(password);
		this.token = login();
		this.renewal.scheduleAtFixedRate(this::renew, 4, 4, TimeUnit.MINUTES);
	}

	String bearer() {
		return "Bearer " + this.token;
	}

	private void renew() {
		try {
			this.token = login();
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Token renewal failed (retried in four minutes): " + ex.getMessage());
		}
	}

	private String login() throws IOException {
		HttpRequest request = HttpRequest.newBuilder(this.tokenUri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(this.form))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = ACCESS_TOKEN.matcher(response.body());
			if (response.statusCode() != 200 || !matcher.find()) {
				throw new IOException("Keycloak answered " + response.statusCode() + " to the login");
			}
			return matcher.group(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while logging in", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.renewal.shutdownNow();
	}

}
