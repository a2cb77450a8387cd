package com.ptpractice.gateway.edge;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One line per request: method, path, status and duration. Never the query string (a
 * patient search carries names and birth dates there), headers or bodies; paths hold ids
 * only. The line carries the request's trace id: Reactor's context propagation is
 * {@code limited} (issue 15: {@code auto} restored every thread local at every operator
 * of every request), so the trace is put in place from the request's Reactor context for
 * the one moment the line is written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLogWebFilter implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger("com.ptpractice.gateway.access");

	private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return Mono.deferContextual((context) -> chain.filter(exchange).doFinally((signal) -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			try (ContextSnapshot.Scope trace = SNAPSHOTS.setThreadLocalsFrom(context)) {
				log.info("{} {} {} {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
						(status != null) ? status.value() : "-", (System.nanoTime() - started) / 1_000_000);
			}
		}));
	}

}
