package com.ptpractice.gateway.routing;

import java.net.URI;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A route's circuit breaker and bulkhead for one downstream service, both Resilience4j's,
 * resolved once when the route is built and shared by every route to that service. A
 * request that fails (no connection, no answer within the HTTP client's response timeout,
 * an open circuit, a full bulkhead) is forwarded to {@link FallbackController}, a 503
 * problem naming the service. Only failures count against the breaker: any answer the
 * service gives, a 4xx or 5xx included, passes through unchanged as a success.
 * <p>
 * It replaces Spring Cloud Gateway's {@code CircuitBreaker} filter, which on every
 * request looked the breaker, its time limiter and bulkhead up by name in their
 * registries, applied their customizers and scheduled a timer on Reactor's parallel
 * scheduler for the time limit (16% of the gateway's CPU samples in issue 15's profile);
 * the time limit duplicated the response timeout
 * ({@code spring.cloud.gateway.server.webflux.httpclient.response-timeout}), which still
 * bounds every routed request.
 *
 * <pre>
 * filters:
 *   - ServiceBreaker=scheduling
 * </pre>
 */
@Component
class ServiceBreakerGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ServiceBreakerGatewayFilterFactory.Config> {

	private final CircuitBreakerRegistry breakers;

	private final BulkheadRegistry bulkheads;

	private final ObjectProvider<DispatcherHandler> dispatcher;

	ServiceBreakerGatewayFilterFactory(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads,
			ObjectProvider<DispatcherHandler> dispatcher) {
		super(Config.class);
		this.breakers = breakers;
		this.bulkheads = bulkheads;
		this.dispatcher = dispatcher;
	}

	@Override
	public java.util.List<String> shortcutFieldOrder() {
		return java.util.List.of("name");
	}

	@Override
	public GatewayFilter apply(Config config) {
		String name = config.getName();
		CircuitBreakerOperator<Void> breaker = CircuitBreakerOperator.of(this.breakers.circuitBreaker(name));
		BulkheadOperator<Void> bulkhead = BulkheadOperator.of(this.bulkheads.bulkhead(name));
		String fallbackPath = FallbackController.PATH + name;
		return (exchange, chain) -> chain.filter(exchange)
			.transform(bulkhead)
			.transform(breaker)
			.onErrorResume((failure) -> fallback(exchange, fallbackPath, failure));
	}

	/**
	 * The same forward Spring Cloud Gateway's breaker filter makes to its fallback URI.
	 */
	private Mono<Void> fallback(ServerWebExchange exchange, String path, Throwable failure) {
		exchange.getResponse().setStatusCode(null);
		URI uri = exchange.getRequest().getURI();
		URI fallback = UriComponentsBuilder.fromUri(uri)
			.host(null)
			.port(null)
			.replacePath(path)
			.scheme(null)
			.build(ServerWebExchangeUtils.containsEncodedParts(uri))
			.toUri();
		exchange.getAttributes().put(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR, failure);
		ServerWebExchangeUtils.reset(exchange);
		ServerHttpRequest request = exchange.getRequest().mutate().uri(fallback).build();
		return ServerWebExchangeUtils.handle(this.dispatcher.getObject(), exchange.mutate().request(request).build());
	}

	/** The downstream service, as named in {@code ptpractice.services}. */
	public static class Config {

		private String name = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
