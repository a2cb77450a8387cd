package com.ptpractice.gateway.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers the access tokens the decoder it wraps has accepted, so a client that sends
 * the same token again (a CLI, the front end, a service: each reuses its token until it
 * nearly expires) is not parsed and its RSA signature not verified on every request: that
 * was a quarter of the gateway's CPU on an authenticated read (issue 15's profile).
 *
 * <p>
 * Only the exact same token string is remembered (signature included), only after the
 * decoder accepted it with every check (signature, issuer, audience, expiry), and only
 * until it expires: a remembered token is answered as accepted while the clock is before
 * its {@code exp}, stricter than the decoder's minute of clock skew; from then on the
 * decoder decides again (and refuses it). Refusals are never remembered. A token without
 * an expiry is not remembered at all. At most {@value #MAX_TOKENS} tokens, each for at
 * most {@link #AT_MOST}: a signing key Keycloak drops stops being trusted within that
 * time, as with the decoder's own cache of the key set.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

	static final int MAX_TOKENS = 4_096;

	static final Duration AT_MOST = Duration.ofMinutes(5);

	private final ReactiveJwtDecoder decoder;

	private final Clock clock;

	private final Cache<String, Jwt> accepted;

	VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock) {
		this.decoder = decoder;
		this.clock = clock;
		this.accepted = Caffeine.newBuilder()
			.maximumSize(MAX_TOKENS)
			.expireAfterWrite(AT_MOST)
			.ticker(() -> clock.millis() * 1_000_000)
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		Jwt known = this.accepted.getIfPresent(token);
		if (known != null && stillValid(known)) {
			return Mono.just(known);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> {
			if (stillValid(jwt)) {
				this.accepted.put(token, jwt);
			}
		});
	}

	private boolean stillValid(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		return expiresAt != null && this.clock.instant().isBefore(expiresAt);
	}

}
