package com.ptpractice.gateway.browser;

import java.util.Map;

import com.ptpractice.gateway.responses.JsonResponses;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers {@code POST /bff/logout}, once the session is gone, with where the browser goes
 * next: Keycloak's end-session endpoint (RP-initiated logout, with the ID token as hint),
 * which ends the Keycloak session too and sends the browser back to the front end.
 * Without a signed-in user there is nothing to end at Keycloak: straight back to the
 * front end.
 */
final class EndSessionResponder implements ServerLogoutSuccessHandler {

	static final String PATH = "/bff/logout";

	private final BrowserProperties browser;

	private final JsonResponses responses;

	EndSessionResponder(BrowserProperties browser, JsonResponses responses) {
		this.browser = browser;
		this.responses = responses;
	}

	@Override
	public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, @Nullable Authentication authentication) {
		return this.responses.ok(exchange.getExchange().getResponse(),
				Map.of("redirectTo", redirectTo(authentication)));
	}

	private String redirectTo(@Nullable Authentication authentication) {
		String home = this.browser.postLogoutRedirectUri().toString();
		if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
			return home;
		}
		return UriComponentsBuilder.fromUriString(this.browser.publicEndpoint("logout"))
			.queryParam("client_id", this.browser.clientId())
			.queryParam("id_token_hint", user.getIdToken().getTokenValue())
			.queryParam("post_logout_redirect_uri", home)
			.encode()
			.build()
			.toUriString();
	}

}
