package com.ptpractice.gateway.browser;

import com.ptpractice.gateway.responses.JsonResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;

/**
 * The browser's way in, added to the edge's security chain next to bearer tokens: the
 * sign-in with Keycloak into a server-side session ({@code GET /bff/login}, Keycloak's
 * redirect back to {@code /login/oauth2/code/clinic-web}), the session as a second way to
 * authenticate, CSRF protection for what the session authenticates, and sign-out
 * ({@code POST /bff/logout}). Failures are problems, never redirects, except for the
 * browser's own navigations through sign-in.
 */
@Component
public class BrowserSessionSecurity {

	private static final Logger log = LoggerFactory.getLogger(BrowserSessionSecurity.class);

	/** What anyone may fetch: the front end's files and the way into sign-in. */
	public static final String[] PUBLIC_PATHS = { "/", "/index.html", "/assets/**", "/favicon.*",
			SignInRequestResolver.PATH };

	static final String CSRF_COOKIE = "XSRF-TOKEN";

	static final String CSRF_HEADER = "X-XSRF-TOKEN";

	/** Where a failed sign-in (refused at Keycloak, stale or forged callback) lands. */
	static final String SIGN_IN_FAILED = "/?signin=failed";

	private final BrowserProperties browser;

	private final ReactiveClientRegistrationRepository registrations;

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	private final BrowserProblems problems;

	private final JsonResponses responses;

	BrowserSessionSecurity(BrowserProperties browser, ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, BrowserProblems problems,
			JsonResponses responses) {
		this.browser = browser;
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
		this.problems = problems;
		this.responses = responses;
	}

	/** Adds the browser session to a chain whose entry point answers 401 problems. */
	public ServerHttpSecurity applyTo(ServerHttpSecurity http) {
		return http.securityContextRepository(new WebSessionServerSecurityContextRepository())
			// Nothing is ever saved for after a sign-in (the entry point answers 401, the
			// front end says where to return: ReturnTo), so no request cache: its filter
			// read the session on every request, and Spring Session made each bearer
			// request a new Redis session, its id drawn on another thread and the rest of
			// the request carried on on Reactor's parallel scheduler (issue 15's profile)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookie())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(new SessionCsrfMatcher())
				.accessDeniedHandler(this.problems))
			.addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
			.oauth2Login((login) -> login.authorizationRequestResolver(new SignInRequestResolver(this.registrations))
				.authorizedClientRepository(this.authorizedClients)
				.authenticationSuccessHandler(new ReturnTo())
				.authenticationFailureHandler(signInFailed()))
			.logout((logout) -> logout
				.requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, EndSessionResponder.PATH))
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(new EndSessionResponder(this.browser, this.responses)));
	}

	/**
	 * Back to the front end, which offers to sign in again; the reason goes to the log.
	 */
	private static ServerAuthenticationFailureHandler signInFailed() {
		RedirectServerAuthenticationFailureHandler redirect = new RedirectServerAuthenticationFailureHandler(
				SIGN_IN_FAILED);
		return (exchange, ex) -> {
			log.info("Browser sign-in failed: {}", ex.getMessage());
			return redirect.onAuthenticationFailure(exchange, ex);
		};
	}

	/** Readable by the front end's script, sent back by it as {@code X-XSRF-TOKEN}. */
	private CookieServerCsrfTokenRepository csrfCookie() {
		CookieServerCsrfTokenRepository cookie = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		cookie.setCookieName(CSRF_COOKIE);
		cookie.setHeaderName(CSRF_HEADER);
		cookie.setCookiePath("/");
		cookie.setCookieCustomizer((ResponseCookie.ResponseCookieBuilder builder) -> builder.sameSite("Lax")
			.secure(this.browser.secureCookies()));
		return cookie;
	}

}
