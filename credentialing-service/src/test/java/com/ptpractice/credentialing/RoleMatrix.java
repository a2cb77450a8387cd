package com.ptpractice.credentialing;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import org.junit.jupiter.params.provider.Arguments;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every realm role against an endpoint: the roles named are let in, every other one gets
 * a 403.
 */
public final class RoleMatrix {

	public static final List<String> ALL_ROLES = List.of(Roles.PATIENT, Roles.FRONT_DESK, Roles.THERAPIST,
			Roles.CREDENTIALING_ADMIN, Roles.PRACTICE_ADMIN, Roles.SERVICE);

	private RoleMatrix() {
	}

	/** One argument pair (role, allowed) per realm role. */
	public static Stream<Arguments> allowing(String... roles) {
		Set<String> allowed = Set.of(roles);
		return ALL_ROLES.stream().map((role) -> Arguments.of(role, allowed.contains(role)));
	}

	/** A token of a user with this one role, whose subject is {@code user-<role>}. */
	public static RequestPostProcessor as(String role) {
		return jwt().jwt((token) -> token.subject("user-" + role))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

	public static ResultMatcher allowedOrForbidden(boolean allowed) {
		return allowed ? status().is2xxSuccessful() : status().isForbidden();
	}

}
