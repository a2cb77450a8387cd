package com.ptpractice.gateway.browser;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Relays a browser session's access token to the service of every route, as the
 * {@code Authorization: Bearer} header a CLI or service would send itself, and without
 * the browser's cookies (the session id is the gateway's business only). An expired token
 * is renewed first with the session's refresh token; when that fails (the Keycloak
 * session ended, the refresh token expired) the session is invalidated and the answer is
 * a 401 problem, so the front end signs in again. Requests that carry their own
 * {@code Authorization} header, and anonymous ones (the clinic finder), pass untouched.
 */
@Component
class SessionTokenRelay implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(SessionTokenRelay.class);

	private final ReactiveOAuth2AuthorizedClientManager sessionTokens;

	private final BrowserProblems problems;

	SessionTokenRelay(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, BrowserProblems problems) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
		this.sessionTokens = manager;
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		// before the route's own filters, so the needling guard and the service see the
		// same caller
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.filter(OAuth2AuthenticationToken.class::isInstance)
			.cast(OAuth2AuthenticationToken.class)
			.flatMap((login) -> relayed(login, exchange))
			.defaultIfEmpty(Optional.of(exchange))
			.flatMap((target) -> target.isPresent() ? chain.filter(target.get()) : signedOut(exchange));
	}

	/**
	 * The exchange with the session's token, or none when the session cannot have one.
	 */
	private Mono<Optional<ServerWebExchange>> relayed(OAuth2AuthenticationToken login, ServerWebExchange exchange) {
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
			.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
			.principal(login)
			.attribute(ServerWebExchange.class.getName(), exchange)
			.build();
		return this.sessionTokens.authorize(request)
			.map((client) -> Optional.of(withBearer(exchange, client)))
			.onErrorResume(OAuth2AuthorizationException.class, (ex) -> {
				log.info("Session token could not be renewed: {}", ex.getError().getErrorCode());
				return Mono.empty();
			})
			.defaultIfEmpty(Optional.empty());
	}

	private static ServerWebExchange withBearer(ServerWebExchange exchange, OAuth2AuthorizedClient client) {
		return exchange.mutate().request((request) -> request.headers((headers) -> {
			headers.setBearerAuth(client.getAccessToken().getTokenValue());
			headers.remove(HttpHeaders.COOKIE);
		})).build();
	}

	private Mono<Void> signedOut(ServerWebExchange exchange) {
		return exchange.getSession().flatMap(WebSession::invalidate).then(this.problems.signedOut(exchange));
	}

}
