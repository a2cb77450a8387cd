package com.ptpractice.scheduling.eligibility;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The bearer token of the person (or service) whose request this thread serves, to relay
 * where the service asked must know who is asking: the patient service's PHI access audit
 * then names the front desk who booked, not this service. Empty outside a request (the
 * daily at-risk run), where this service's own token is used.
 */
public record CallerToken(String value) {

	/** The current request's token, read on the request's thread. */
	public static Optional<CallerToken> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof JwtAuthenticationToken jwt)
				? Optional.of(new CallerToken(jwt.getToken().getTokenValue())) : Optional.empty();
	}

	String header() {
		return "Bearer " + this.value;
	}

	@Override
	public String toString() {
		return "CallerToken[...]";
	}

}
