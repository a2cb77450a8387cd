package com.ptpractice.gateway.system;

import com.ptpractice.common.security.SecurityProblems;
import com.ptpractice.gateway.responses.JsonResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's 401 and 403 answers, as the same problem+json the services give, with the
 * {@code WWW-Authenticate} challenge RFC 6750 asks for.
 */
@Component
class SecurityProblemWriter implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final JsonResponses responses;

	SecurityProblemWriter(JsonResponses responses) {
		this.responses = responses;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		String challenge = (ex instanceof InvalidBearerTokenException) ? "Bearer error=\"invalid_token\"" : "Bearer";
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return this.responses.problem(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
				SecurityProblems.unauthorized(exchange.getRequest().getPath().value()));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		return this.responses.problem(exchange.getResponse(), HttpStatus.FORBIDDEN,
				SecurityProblems.forbidden(exchange.getRequest().getPath().value()));
	}

}
