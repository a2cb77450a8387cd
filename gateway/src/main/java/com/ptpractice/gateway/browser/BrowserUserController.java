package com.ptpractice.gateway.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ptpractice.common.security.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /bff/user}: who the session belongs to, for the front end to show the right
 * screens, and the practice's zone for its report dates. No session: the edge's 401
 * problem. Tokens stay on the server.
 */
@RestController
class BrowserUserController {

	static final String PATH = "/bff/user";

	/** The realm roles a person can hold (not Keycloak's own default roles). */
	private static final Set<String> USER_ROLES = Set.of(Roles.FRONT_DESK, Roles.THERAPIST, Roles.CREDENTIALING_ADMIN,
			Roles.PRACTICE_ADMIN, Roles.PATIENT);

	private final PracticeProperties practice;

	BrowserUserController(PracticeProperties practice) {
		this.practice = practice;
	}

	@GetMapping(PATH)
	BrowserUser user(Authentication authentication) {
		Map<String, Object> claims = claimsOf(authentication);
		return new BrowserUser(authentication.getName(), text(claims, "preferred_username"), text(claims, "name"),
				text(claims, "email"), rolesOf(authentication), this.practice.zone().getId());
	}

	private static Map<String, Object> claimsOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof OidcUser user) {
			return user.getClaims();
		}
		if (authentication instanceof JwtAuthenticationToken bearer) {
			return bearer.getTokenAttributes();
		}
		return Map.of();
	}

	private static List<String> rolesOf(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.filter(USER_ROLES::contains)
			.distinct()
			.sorted()
			.toList();
	}

	private static @Nullable String text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		return (value != null) ? value.toString() : null;
	}

	/**
	 * The signed-in user.
	 *
	 * @param subject Keycloak's stable user id (the token's {@code sub})
	 * @param username the login name
	 * @param name the display name
	 * @param email the e-mail address
	 * @param roles realm roles without prefix, such as {@code FRONT_DESK}
	 * @param practiceZone the practice's zone ({@code PRACTICE_ZONE}), whose days report
	 * dates are
	 */
	record BrowserUser(String subject, @Nullable String username, @Nullable String name, @Nullable String email,
			List<String> roles, String practiceZone) {
	}

}
