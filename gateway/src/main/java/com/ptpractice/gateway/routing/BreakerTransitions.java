package com.ptpractice.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells the operator when a circuit breaker in front of a service changes state: a
 * warning when it opens (from then on the gateway refuses that service's calls with a 503
 * without asking it, for the configured wait), and a line when it lets trial calls
 * through again and when it closes. Covers the routes' breakers and the needling guard's,
 * whenever they are created. The lines name the breaker and the states, nothing about a
 * request.
 */
@Component
class BreakerTransitions {

	private static final Logger log = LoggerFactory.getLogger(BreakerTransitions.class);

	BreakerTransitions(CircuitBreakerRegistry breakers) {
		breakers.getEventPublisher().onEntryAdded((added) -> watch(added.getAddedEntry()));
		breakers.getAllCircuitBreakers().forEach(BreakerTransitions::watch);
	}

	private static void watch(CircuitBreaker breaker) {
		breaker.getEventPublisher().onStateTransition(BreakerTransitions::report);
	}

	private static void report(CircuitBreakerOnStateTransitionEvent event) {
		CircuitBreaker.StateTransition transition = event.getStateTransition();
		if (transition.getToState() == CircuitBreaker.State.OPEN) {
			log.warn("Circuit breaker {} opened ({} -> {}): calls are refused until it lets trial calls through",
					event.getCircuitBreakerName(), transition.getFromState(), transition.getToState());
		}
		else {
			log.info("Circuit breaker {}: {} -> {}", event.getCircuitBreakerName(), transition.getFromState(),
					transition.getToState());
		}
	}

}
