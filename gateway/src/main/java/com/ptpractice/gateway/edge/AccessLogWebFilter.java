package com.ptpractice.gateway.edge;

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
 * only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLogWebFilter implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger("com.ptpractice.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			log.info("{} {} {} {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
					(status != null) ? status.value() : "-", (System.nanoTime() - started) / 1_000_000);
		});
	}

}
