package com.ptpractice.gateway.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import com.ptpractice.common.security.SecurityProblems;
import com.ptpractice.common.web.Problems;
import com.ptpractice.gateway.responses.JsonResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The browser session's own problem answers: a state-changing call without the CSRF token
 * (403), and a session whose sign-in has run out (401, so the front end signs in again;
 * never a redirect, which a script could not follow).
 */
@Component
class BrowserProblems implements ServerAccessDeniedHandler {

	private final JsonResponses responses;

	BrowserProblems(JsonResponses responses) {
		this.responses = responses;
	}

	/** CSRF token missing or not matching its cookie. */
	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type("csrf-token-invalid").toString());
		problem.put("title", "Request not verified");
		problem.put("status", HttpStatus.FORBIDDEN.value());
		problem.put("detail", "The request did not carry this page's security token. Reload the page and try again.");
		problem.put("instance", exchange.getRequest().getPath().value());
		return this.responses.problem(exchange.getResponse(), HttpStatus.FORBIDDEN, problem);
	}

	/** The session is gone or its tokens could not be renewed. */
	Mono<Void> signedOut(ServerWebExchange exchange) {
		Map<String, Object> problem = SecurityProblems.unauthorized(exchange.getRequest().getPath().value());
		problem.put("detail", "Your sign-in has ended. Sign in again to continue.");
		return this.responses.problem(exchange.getResponse(), HttpStatus.UNAUTHORIZED, problem);
	}

}
