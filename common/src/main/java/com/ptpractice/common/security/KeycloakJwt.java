package com.ptpractice.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * How a Keycloak access token becomes a Spring Security principal: the stable subject
 * ({@code sub}) is the name, and each realm role in {@code realm_access.roles} becomes a
 * {@code ROLE_} authority. Client roles and scopes grant nothing.
 */
public final class KeycloakJwt {

	/** The audience every access token must name (Keycloak's audience mapper adds it). */
	public static final String API_AUDIENCE = "pt-practice-api";

	private KeycloakJwt() {
	}

	public static JwtAuthenticationConverter authenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setPrincipalClaimName(JwtClaimNames.SUB);
		converter.setJwtGrantedAuthoritiesConverter(KeycloakJwt::realmRoles);
		return converter;
	}

	static Collection<GrantedAuthority> realmRoles(Jwt jwt) {
		Object realmAccess = jwt.getClaims().get("realm_access");
		if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream()
			.filter(String.class::isInstance)
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

	/** The longest display name kept; a longer one is cut. */
	public static final int MAX_DISPLAY_NAME = 200;

	/**
	 * The person's name for people to read, from the token's profile claims:
	 * {@code name}, else {@code given_name} and {@code family_name}, else
	 * {@code preferred_username}; null when the token carries none. Cut to
	 * {@value #MAX_DISPLAY_NAME} characters.
	 */
	public static @Nullable String displayName(Jwt jwt) {
		String name = text(jwt, "name");
		if (name == null) {
			String given = text(jwt, "given_name");
			String family = text(jwt, "family_name");
			name = (given != null && family != null) ? given + " " + family : (given != null) ? given : family;
		}
		if (name == null) {
			name = text(jwt, "preferred_username");
		}
		return (name != null && name.length() > MAX_DISPLAY_NAME) ? name.substring(0, MAX_DISPLAY_NAME) : name;
	}

	private static @Nullable String text(Jwt jwt, String claim) {
		Object value = jwt.getClaims().get(claim);
		return (value instanceof String text && !text.isBlank()) ? text.strip() : null;
	}

	/** The converter as a Spring {@link Converter}, for APIs that want one. */
	public static Converter<Jwt, Collection<GrantedAuthority>> realmRolesConverter() {
		return KeycloakJwt::realmRoles;
	}

}
