package com.ptpractice.gateway.browser;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Which requests must carry the CSRF token: state-changing ones (POST, PUT, PATCH,
 * DELETE) that a browser session could authenticate. A request with an
 * {@code Authorization: Bearer} header is authenticated by its token alone, never by the
 * session (a bad token is a 401 whatever the cookies; a browser never adds the header on
 * its own), and one without a live session has nothing a forged request could ride on, so
 * both go on as before: the first to its token check, the second to a 401.
 */
final class SessionCsrfMatcher implements ServerWebExchangeMatcher {

	private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		if (!STATE_CHANGING.contains(exchange.getRequest().getMethod()) || carriesBearerToken(exchange)) {
			return MatchResult.notMatch();
		}
		return exchange.getSession()
			.map(WebSession::isStarted)
			.flatMap((live) -> live ? MatchResult.match() : MatchResult.notMatch());
	}

	/**
	 * As Spring Security's bearer token converter sees it: it takes or refuses the token.
	 */
	static boolean carriesBearerToken(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "bearer", 0, 6);
	}

}
