package com.ptpractice.gateway.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	final MutableClock clock = new MutableClock(NOW);

	final AtomicInteger verifications = new AtomicInteger();

	@Test
	void verifiesATokenOnceWhileItIsValid() {
		VerifiedTokens tokens = new VerifiedTokens(accepting(NOW.plusSeconds(300)), this.clock);

		StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();
		this.clock.advance(Duration.ofSeconds(200));
		StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();

		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void asksTheDecoderAgainOnceTheTokenHasExpired() {
		VerifiedTokens tokens = new VerifiedTokens(acceptingUntilExpiry(NOW.plusSeconds(60)), this.clock);
		StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();

		this.clock.advance(Duration.ofSeconds(61));

		StepVerifier.create(tokens.decode("token-a")).expectError(BadJwtException.class).verify();
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void neverRemembersARefusal() {
		VerifiedTokens tokens = new VerifiedTokens((token) -> {
			this.verifications.incrementAndGet();
			return Mono.error(new BadJwtException("bad signature"));
		}, this.clock);

		StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
		StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void remembersOnlyTheExactTokenString() {
		VerifiedTokens tokens = new VerifiedTokens(accepting(NOW.plusSeconds(300)), this.clock);

		StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();
		StepVerifier.create(tokens.decode("token-a ")).expectNextCount(1).verifyComplete();
		StepVerifier.create(tokens.decode("token-b")).expectNextCount(1).verifyComplete();

		assertThat(this.verifications).hasValue(3);
	}

	@Test
	void verifiesAgainAfterTheLongestTimeATokenIsRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(accepting(NOW.plus(Duration.ofHours(1))), this.clock);
		StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();

		this.clock.advance(VerifiedTokens.AT_MOST.plusSeconds(1));
		StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();

		assertThat(this.verifications).hasValue(2);
	}

	private ReactiveJwtDecoder accepting(Instant expiresAt) {
		return (token) -> {
			this.verifications.incrementAndGet();
			return Mono.just(jwt(token, expiresAt));
		};
	}

	private ReactiveJwtDecoder acceptingUntilExpiry(Instant expiresAt) {
		return (token) -> {
			this.verifications.incrementAndGet();
			return this.clock.instant().isBefore(expiresAt) ? Mono.just(jwt(token, expiresAt))
					: Mono.error(new BadJwtException("Jwt expired at " + expiresAt));
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
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
