package com.ptpractice.gateway.system;

import com.ptpractice.common.security.KeycloakJwt;
import com.ptpractice.common.security.Roles;
import com.ptpractice.gateway.browser.BrowserSessionSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * Edge authentication: every {@code /api/...} request but the public clinic finder needs
 * a valid Keycloak access token, either sent as a bearer token (relayed unchanged to the
 * service, which checks it again) or held by a signed-in browser's session (see
 * {@link BrowserSessionSecurity}). Coarse role rules live here too: patients never reach
 * the credentialing service, and only the front desk and practice administrators book or
 * reschedule or work the waitlist (as the scheduling service also requires), before the
 * needling guard runs. Anything unauthenticated is a 401 problem, never a redirect.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class EdgeSecurityConfiguration {

	/**
	 * The web front end is a built single-page app: its own scripts, styles and fonts
	 * only, images also as data URIs, no inline script, never framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, SecurityProblemWriter problems,
			BrowserSessionSecurity browserSessions) {
		// the session (and its CSRF protection) is the browser's; bearer requests never
		// touch it
		return browserSessions.applyTo(http)
			.cors(Customizer.withDefaults())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/api/public/**")
				.permitAll()
				.pathMatchers(HttpMethod.GET, BrowserSessionSecurity.PUBLIC_PATHS)
				.permitAll()
				// only those who may book reach the needling guard, which asks about the
				// patient and therapist named: anyone else learns nothing of them (403)
				.pathMatchers(HttpMethod.POST, "/api/scheduling/appointments",
						"/api/scheduling/appointments/*/reschedule", "/api/scheduling/series",
						"/api/scheduling/series/*/move", "/api/scheduling/series/*/cancel")
				.hasAnyRole(Roles.FRONT_DESK, Roles.PRACTICE_ADMIN)
				// the waitlist (its confirm passes the needling guard) is the front
				// desk's
				.pathMatchers("/api/scheduling/waitlist/**")
				.hasAnyRole(Roles.FRONT_DESK, Roles.PRACTICE_ADMIN)
				.pathMatchers("/api/credentialing/**")
				.hasAnyRole(Roles.FRONT_DESK, Roles.THERAPIST, Roles.CREDENTIALING_ADMIN, Roles.PRACTICE_ADMIN,
						Roles.SERVICE)
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(
						new ReactiveJwtAuthenticationConverterAdapter(KeycloakJwt.authenticationConverter())))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

}
