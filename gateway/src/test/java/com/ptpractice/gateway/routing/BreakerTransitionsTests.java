package com.ptpractice.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator learns when a service's breaker opens, lets trial calls through and closes,
 * for breakers that exist when the gateway starts and those made later.
 */
@ExtendWith(OutputCaptureExtension.class)
class BreakerTransitionsTests {

	@Test
	void everyBreakersTransitionsAreLoggedByName(CapturedOutput output) {
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
		CircuitBreaker before = breakers.circuitBreaker("scheduling");
		new BreakerTransitions(breakers);
		CircuitBreaker later = breakers.circuitBreaker("patients-readiness");

		before.transitionToOpenState();
		later.transitionToOpenState();
		later.transitionToHalfOpenState();
		later.transitionToClosedState();

		assertThat(output).contains("Circuit breaker scheduling opened (CLOSED -> OPEN)")
			.contains("Circuit breaker patients-readiness opened (CLOSED -> OPEN)")
			.contains("Circuit breaker patients-readiness: OPEN -> HALF_OPEN")
			.contains("Circuit breaker patients-readiness: HALF_OPEN -> CLOSED");
	}

}
