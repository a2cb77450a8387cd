package com.ptpractice.gateway.browser;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * WebFlux makes the CSRF token only when something asks for it; the front end's first
 * call, {@code GET /bff/user}, asks, so the {@code XSRF-TOKEN} cookie is set (signed in
 * or not) before the front end needs it.
 */
final class CsrfCookieWebFilter implements WebFilter {

	private final ServerWebExchangeMatcher userRequest = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET,
			BrowserUserController.PATH);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.userRequest.matches(exchange).flatMap((match) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			return (match.isMatch() && token != null) ? token.then() : Mono.<Void>empty();
		}).then(Mono.defer(() -> chain.filter(exchange)));
	}

}
