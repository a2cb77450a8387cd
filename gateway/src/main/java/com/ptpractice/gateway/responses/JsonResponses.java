package com.ptpractice.gateway.responses;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Writes a body as JSON straight to a reactive response, for the places that answer
 * before (or instead of) a handler: security entry points, access-denied handlers,
 * filters.
 */
@Component
public class JsonResponses {

	private final JsonMapper json;

	JsonResponses(JsonMapper json) {
		this.json = json;
	}

	/** An RFC 9457 problem with the status. */
	public Mono<Void> problem(ServerHttpResponse response, HttpStatus status, Object problem) {
		return write(response, status, MediaType.APPLICATION_PROBLEM_JSON, problem);
	}

	/** A 200 with a JSON body. */
	public Mono<Void> ok(ServerHttpResponse response, Object body) {
		return write(response, HttpStatus.OK, MediaType.APPLICATION_JSON, body);
	}

	private Mono<Void> write(ServerHttpResponse response, HttpStatus status, MediaType type, Object body) {
		response.setStatusCode(status);
		response.getHeaders().setContentType(type);
		return response
			.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(this.json.writeValueAsBytes(body))));
	}

}
