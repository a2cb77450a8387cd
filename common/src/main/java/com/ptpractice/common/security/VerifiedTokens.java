package com.ptpractice.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the access tokens the decoder it wraps has accepted, so the same token sent
 * again (the gateway relays each caller's token, which the caller reuses until it nearly
 * expires) is not parsed and its RSA signature not verified on every request: that was
 * about a fifth of each service's CPU on an authenticated read (issue 15's profile).
 *
 * <p>
 * Only the exact token string (signature included), only after the decoder accepted it
 * with every check (signature, issuer, audience, expiry), and only while the clock is
 * before its {@code exp} (stricter than the decoder's minute of skew) and at most
 * {@link #AT_MOST} after it was accepted; then the decoder decides again. Refusals and
 * tokens without an expiry are never remembered. At most {@value #MAX_TOKENS} tokens: a
 * full memory drops the expired ones, and all of them when that is not enough.
 */
public final class VerifiedTokens implements JwtDecoder {

	static final int MAX_TOKENS = 4_096;

	static final Duration AT_MOST = Duration.ofMinutes(5);

	private final JwtDecoder decoder;

	private final Clock clock;

	private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

	public VerifiedTokens(JwtDecoder decoder, Clock clock) {
		this.decoder = decoder;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Instant now = this.clock.instant();
		Accepted known = this.accepted.get(token);
		if (known != null && now.isBefore(known.until())) {
			return known.jwt();
		}
		Jwt jwt = this.decoder.decode(token);
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt != null && now.isBefore(expiresAt)) {
			makeRoom(now);
			Instant latest = now.plus(AT_MOST);
			this.accepted.put(token, new Accepted(jwt, expiresAt.isBefore(latest) ? expiresAt : latest));
		}
		return jwt;
	}

	private void makeRoom(Instant now) {
		if (this.accepted.size() < MAX_TOKENS) {
			return;
		}
		this.accepted.values().removeIf((entry) -> !now.isBefore(entry.until()));
		if (this.accepted.size() >= MAX_TOKENS) {
			this.accepted.clear();
		}
	}

	private record Accepted(Jwt jwt, Instant until) {
	}

}
