package com.ptpractice.gateway.browser;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /bff/login?returnTo=...} is the one way into sign-in: it remembers where to
 * return and redirects to Keycloak's authorization endpoint with {@code state}, a nonce
 * and a PKCE challenge (all of which Spring Security keeps in the session and checks on
 * the way back).
 */
final class SignInRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

	static final String PATH = "/bff/login";

	private final ServerWebExchangeMatcher signIn = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, PATH);

	private final DefaultServerOAuth2AuthorizationRequestResolver delegate;

	SignInRequestResolver(ReactiveClientRegistrationRepository registrations) {
		this.delegate = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
		return this.signIn.matches(exchange)
			.filter(ServerWebExchangeMatcher.MatchResult::isMatch)
			.flatMap((match) -> ReturnTo.remember(exchange)
				.then(this.delegate.resolve(exchange, BrowserClientConfiguration.REGISTRATION)));
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
		return this.delegate.resolve(exchange, clientRegistrationId);
	}

}
