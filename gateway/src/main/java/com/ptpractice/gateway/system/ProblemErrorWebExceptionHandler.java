package com.ptpractice.gateway.system;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.web.Problems;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Renders every error the gateway itself raises (no route, a bad request, a refusal of
 * the needling guard, anything unexpected) as an RFC 9457 problem instead of Spring's
 * default error page or JSON.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

	private final ServerResponse.Context codecs;

	ProblemErrorWebExceptionHandler(ServerCodecConfigurer codecs) {
		this.codecs = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return codecs.getWriters();
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		if (ex instanceof ErrorResponse errorResponse) {
			exchange.getResponse().getHeaders().addAll(errorResponse.getHeaders());
		}
		return Mono.deferContextual((context) -> {
			ProblemDetail problem;
			// the request's trace id in the MDC for the log line of an unexpected error
			// (Reactor's context propagation is limited, see AccessLogWebFilter)
			try (ContextSnapshot.Scope trace = SNAPSHOTS.setThreadLocalsFrom(context)) {
				problem = problemFor(ex);
			}
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
			return ServerResponse.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyValue(problem)
				.flatMap((response) -> response.writeTo(exchange, this.codecs));
		});
	}

	private static ProblemDetail problemFor(Throwable ex) {
		if (ex instanceof ErrorResponse errorResponse && !(ex instanceof ResponseStatusException)) {
			return errorResponse.getBody();
		}
		if (ex instanceof ResponseStatusException statusException) {
			HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
			if (status == HttpStatus.NOT_FOUND) {
				return Problems.of(status, "not-found", "Not found", "There is nothing at this address.");
			}
			if (status != null && status.is4xxClientError()) {
				return Problems.of(status, "bad-request", status.getReasonPhrase(),
						"The request was not accepted: " + status.getReasonPhrase() + ".");
			}
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected gateway error, reference {}", reference, ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error",
				"Something went wrong in the gateway. Reference: " + reference);
		problem.setProperty("reference", reference);
		return problem;
	}

}
