package com.ptpractice.gateway.browser;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway signs browsers in with Keycloak.
 *
 * @param clientId the confidential Keycloak client of the web front end
 * @param clientSecret its secret
 * @param issuerUri the {@code iss} Keycloak puts in every token; its path names the realm
 * @param keycloakUrl where the gateway itself reaches Keycloak (token, keys, user info)
 * @param keycloakPublicUrl where the browser reaches Keycloak (sign-in and sign-out
 * pages)
 * @param postLogoutRedirectUri where Keycloak sends the browser after signing out
 * @param secureCookies whether the CSRF cookie is sent over HTTPS only (the session
 * cookie has its own {@code server.reactive.session.cookie.secure})
 */
@ConfigurationProperties("ptpractice.browser")
record BrowserProperties(String clientId, String clientSecret, URI issuerUri, URI keycloakUrl, URI keycloakPublicUrl,
		URI postLogoutRedirectUri, boolean secureCookies) {

	/** An endpoint of the realm's OpenID Connect protocol as the gateway reaches it. */
	String internalEndpoint(String name) {
		return endpoint(this.keycloakUrl, name);
	}

	/** An endpoint of the realm's OpenID Connect protocol as the browser reaches it. */
	String publicEndpoint(String name) {
		return endpoint(this.keycloakPublicUrl, name);
	}

	private String endpoint(URI base, String name) {
		return stripSlash(base.toString()) + stripSlash(this.issuerUri.getPath()) + "/protocol/openid-connect/" + name;
	}

	private static String stripSlash(String value) {
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

}
