package com.ptpractice.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.KEYCLOAK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as plain HTTP: a cookie jar shared by every port of {@code localhost} (as
 * browsers share cookies across ports), no redirects followed, and the sign-in through
 * Keycloak's own login page.
 */
final class Browser {

	private static final Pattern FORM = Pattern.compile("<form[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

	private static final Pattern SECURE = Pattern.compile(";\\s*Secure(?=;|$)", Pattern.CASE_INSENSITIVE);

	private final CookieManager cookies = new LocalhostCookies();

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** Through Keycloak's login page as a browser goes; answers where it landed. */
	String signIn(String username, String returnTo) {
		HttpResponse<String> start = send(
				get(GATEWAY + "/bff/login?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)));
		assertThat(start.statusCode()).isEqualTo(302);
		String authorize = location(start);
		assertThat(authorize).startsWith(KEYCLOAK + "/realms/clinic/protocol/openid-connect/auth?")
			.contains("code_challenge_method=S256");

		HttpResponse<String> loginPage = send(get(authorize));
		assertThat(loginPage.statusCode()).isEqualTo(200);
		HttpResponse<String> signedIn = send(postForm(loginAction(loginPage.body()),
				Map.of("username", username, "password", username + "-demo", "credentialId", "")));
		assertThat(signedIn.statusCode()).as("Keycloak accepted the password").isEqualTo(302);
		String callback = location(signedIn);
		assertThat(callback).startsWith(GATEWAY + "/login/oauth2/code/clinic-web?");

		HttpResponse<String> landed = send(get(callback));
		assertThat(landed.statusCode()).isEqualTo(302);
		return landed.headers().firstValue("Location").orElseThrow();
	}

	static Map<String, String> query(String url) {
		Map<String, String> parameters = new HashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static String loginAction(String html) {
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			String form = forms.group();
			Matcher action = ACTION.matcher(form);
			if (form.contains("kc-form-login") && action.find()) {
				return action.group(1).replace("&amp;", "&");
			}
		}
		throw new AssertionError("No login form on Keycloak's page");
	}

	String cookie(String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(GATEWAY))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET().build();
	}

	static HttpRequest postJson(String url, String json, String csrfToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrfToken != null) {
			request.header("X-XSRF-TOKEN", csrfToken);
		}
		return request.build();
	}

	private static HttpRequest postForm(String url, Map<String, String> fields) {
		String body = new LinkedHashMap<>(fields).entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String location(HttpResponse<?> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return response.uri().resolve(location).toString();
	}

	/**
	 * A cookie jar that, like a browser, treats {@code http://localhost} as secure:
	 * Keycloak marks its login cookies {@code Secure}, which Java's own jar would never
	 * send over plain HTTP.
	 */
	private static final class LocalhostCookies extends CookieManager {

		LocalhostCookies() {
			super(null, CookiePolicy.ACCEPT_ALL);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
			Map<String, List<String>> headers = new HashMap<>();
			responseHeaders.forEach((name, values) -> headers.put(name, "Set-Cookie".equalsIgnoreCase(name)
					? values.stream().map((cookie) -> SECURE.matcher(cookie).replaceAll("")).toList() : values));
			super.put(uri, headers);
		}

	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
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
