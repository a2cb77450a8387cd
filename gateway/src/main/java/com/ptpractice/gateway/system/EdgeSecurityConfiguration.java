package com.ptpractice.gateway.system;

import com.ptpractice.common.security.KeycloakJwt;
import com.ptpractice.common.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * Edge authentication: every {@code /api/...} request but the public clinic finder needs
 * a valid Keycloak access token, which is then relayed unchanged to the service (which
 * checks it again). Coarse role rules live here too: patients never reach the
 * credentialing service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class EdgeSecurityConfiguration {

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, SecurityProblemWriter problems) {
		// bearer tokens only, no cookies or sessions: nothing for CSRF to ride on
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.cors(Customizer.withDefaults())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'")))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/api/public/**")
				.permitAll()
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
