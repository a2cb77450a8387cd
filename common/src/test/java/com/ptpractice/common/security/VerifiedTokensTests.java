package com.ptpractice.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokensTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	final MutableClock clock = new MutableClock(NOW);

	final AtomicInteger verifications = new AtomicInteger();

	@Test
	void verifiesATokenOnceWhileItIsValid() {
		VerifiedTokens tokens = new VerifiedTokens(accepting(NOW.plusSeconds(300)), this.clock);

		Jwt first = tokens.decode("token-a");
		this.clock.advance(Duration.ofSeconds(200));

		assertThat(tokens.decode("token-a")).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void asksTheDecoderAgainOnceTheTokenHasExpired() {
		VerifiedTokens tokens = new VerifiedTokens(acceptingUntilExpiry(NOW.plusSeconds(60)), this.clock);
		tokens.decode("token-a");

		this.clock.advance(Duration.ofSeconds(61));

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("token-a"));
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void neverRemembersARefusal() {
		VerifiedTokens tokens = new VerifiedTokens((token) -> {
			this.verifications.incrementAndGet();
			throw new BadJwtException("bad signature");
		}, this.clock);

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("forged"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("forged"));
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void remembersOnlyTheExactTokenString() {
		VerifiedTokens tokens = new VerifiedTokens(accepting(NOW.plusSeconds(300)), this.clock);

		tokens.decode("token-a");
		tokens.decode("token-a ");
		tokens.decode("token-b");

		assertThat(this.verifications).hasValue(3);
	}

	@Test
	void verifiesAgainAfterTheLongestTimeATokenIsRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(accepting(NOW.plus(Duration.ofHours(1))), this.clock);
		tokens.decode("token-a");

		this.clock.advance(VerifiedTokens.AT_MOST.plusSeconds(1));
		tokens.decode("token-a");

		assertThat(this.verifications).hasValue(2);
	}

	private JwtDecoder accepting(Instant expiresAt) {
		return (token) -> {
			this.verifications.incrementAndGet();
			return jwt(token, expiresAt);
		};
	}

	private JwtDecoder acceptingUntilExpiry(Instant expiresAt) {
		return (token) -> {
			this.verifications.incrementAndGet();
			if (!this.clock.instant().isBefore(expiresAt)) {
				throw new BadJwtException("Jwt expired at " + expiresAt);
			}
			return jwt(token, expiresAt);
		};
	}

	private static Jwt jwt(String token, Instant expiresAt) {
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("frontdesk")
			.issuedAt(NOW)
			.expiresAt(expiresAt)
			.build();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
