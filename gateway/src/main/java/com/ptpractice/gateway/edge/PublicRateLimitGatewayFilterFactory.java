package com.ptpractice.gateway.edge;

import java.net.InetSocketAddress;

import com.ptpractice.common.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Limits each client address on a public route with Spring Cloud Gateway's Redis token
 * bucket, so every gateway instance shares one limit. Over the limit the answer is a 429
 * problem with {@code Retry-After}. The client address is the connection's peer; behind a
 * proxy, configure {@code server.forward-headers-strategy} so it is the real client's.
 * When Redis cannot answer, the limiter lets requests through (the public finder stays
 * up; nothing private is behind it).
 *
 * <pre>
 * filters:
 *   - name: PublicRateLimit
 *     args: { name: public-clinics, replenishRate: 5, burstCapacity: 20 }
 * </pre>
 */
@Component
public class PublicRateLimitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<PublicRateLimitGatewayFilterFactory.Config> {

	private final RedisRateLimiter limiter;

	public PublicRateLimitGatewayFilterFactory(RedisRateLimiter limiter) {
		super(Config.class);
		this.limiter = limiter;
	}

	@Override
	public GatewayFilter apply(Config config) {
		this.limiter.getConfig()
			.put(config.getName(),
					new RedisRateLimiter.Config().setReplenishRate(config.getReplenishRate())
						.setBurstCapacity(config.getBurstCapacity())
						.setRequestedTokens(1));
		return (exchange, chain) -> this.limiter
			.isAllowed(config.getName(), config.getName() + ":" + clientOf(exchange))
			.flatMap((response) -> {
				exchange.getResponse().getHeaders().setAll(response.getHeaders());
				return response.isAllowed() ? chain.filter(exchange) : Mono.error(tooManyRequests(config));
			});
	}

	private static String clientOf(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	private static ErrorResponseException tooManyRequests(Config config) {
		long retryAfterSeconds = Math.max(1, (long) Math.ceil(1.0 / config.getReplenishRate()));
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
				"Too many requests from your address. Try again in " + retryAfterSeconds + " s.");
		ErrorResponseException exception = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
		exception.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		return exception;
	}

	/**
	 * The filter's arguments.
	 */
	public static class Config {

		private String name = "public";

		private int replenishRate = 5;

		private long burstCapacity = 20;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public int getReplenishRate() {
			return this.replenishRate;
		}

		public void setReplenishRate(int replenishRate) {
			this.replenishRate = replenishRate;
		}

		public long getBurstCapacity() {
			return this.burstCapacity;
		}

		public void setBurstCapacity(long burstCapacity) {
			this.burstCapacity = burstCapacity;
		}

	}

}
