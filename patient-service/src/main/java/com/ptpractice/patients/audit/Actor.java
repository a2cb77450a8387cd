package com.ptpractice.patients.audit;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the token's subject, its realm roles and the client it was issued to.
 * Use cases take an actor to decide what the caller may see and to write the audit.
 *
 * @param subject the token subject (a Keycloak user or service-account id)
 * @param roles the caller's realm roles, without the {@code ROLE_} prefix
 * @param clientId the {@code azp} claim: the client the token was issued to
 */
public record Actor(String subject, Set<String> roles, @Nullable String clientId) {

	private static final String ROLE_PREFIX = "ROLE_";

	public Actor {
		roles = Set.copyOf(roles);
	}

	/** The actor behind an authenticated request. */
	public static Actor of(Authentication authentication) {
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.collect(Collectors.toSet());
		return new Actor(authentication.getName(), roles, clientIdOf(authentication));
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(String... roles) {
		return Arrays.stream(roles).anyMatch(this::hasRole);
	}

	/** The roles as the audit log records them: sorted, comma-separated. */
	String rolesForAudit() {
		return this.roles.isEmpty() ? "NONE" : String.join(",", new TreeSet<>(this.roles));
	}

	private static @Nullable String clientIdOf(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken token) {
			return token.getToken().getClaimAsString("azp");
		}
		return null;
	}

}
