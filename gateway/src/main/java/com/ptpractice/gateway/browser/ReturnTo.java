package com.ptpractice.gateway.browser;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where the browser lands after signing in: the {@code returnTo} that {@code /bff/login}
 * was given, kept in the session meanwhile. Only a path on this site is followed
 * ({@code /} then anything but a second {@code /} or a backslash); anything else lands on
 * {@code /}, so the sign-in cannot be used as an open redirect.
 */
final class ReturnTo implements ServerAuthenticationSuccessHandler {

	static final String PARAMETER = "returnTo";

	static final String HOME = "/";

	private static final String ATTRIBUTE = ReturnTo.class.getName();

	private static final int MAX_LENGTH = 512;

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	/** Keeps the request's {@code returnTo} (or home) in its session. */
	static Mono<Void> remember(ServerWebExchange exchange) {
		String target = safe(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
		return exchange.getSession().doOnNext((session) -> session.getAttributes().put(ATTRIBUTE, target)).then();
	}

	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange webFilterExchange, Authentication authentication) {
		ServerWebExchange exchange = webFilterExchange.getExchange();
		return exchange.getSession().map((session) -> {
			Object target = session.getAttributes().remove(ATTRIBUTE);
			return (target instanceof String path) ? safe(path) : HOME;
		}).defaultIfEmpty(HOME).flatMap((target) -> this.redirects.sendRedirect(exchange, URI.create(target)));
	}

	/** The target itself when it is a path on this site, else home. */
	static String safe(@Nullable String target) {
		if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || target.charAt(0) != '/') {
			return HOME;
		}
		if (target.startsWith("//") || target.indexOf('\\') >= 0 || target.chars().anyMatch(Character::isISOControl)
				|| target.chars().anyMatch(Character::isWhitespace)) {
			return HOME;
		}
		try {
			URI uri = new URI(target);
			return (uri.getScheme() == null && uri.getRawAuthority() == null) ? target : HOME;
		}
		catch (URISyntaxException ex) {
			return HOME;
		}
	}

}
