package com.ptpractice.scheduling.visits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Therapists' display names from the credentialing service, asked with this service's own
 * token in one call per {@value #MAX_PER_CALL} therapists ({@code GET /therapists?ids=}),
 * behind the circuit breaker for credentialing's degradable calls. A name is only shown,
 * never decided on: when credentialing cannot answer (error, timeout, breaker open) the
 * names are missing and the visits are still listed (the screens then say "your
 * therapist"); display names degrade, they do not fail.
 */
@Component
class TherapistNames {

	/** The most ids credentialing's {@code GET /therapists?ids=} accepts in one call. */
	static final int MAX_PER_CALL = 200;

	private static final Logger log = LoggerFactory.getLogger(TherapistNames.class);

	private final RestClient credentialing;

	private final CircuitBreaker breaker;

	TherapistNames(@Qualifier("credentialingClient") RestClient credentialing,
			@Qualifier("credentialingNamesBreaker") CircuitBreaker breaker) {
		this.credentialing = credentialing;
		this.breaker = breaker;
	}

	/**
	 * "First Last" of each therapist credentialing names; a therapist it does not know,
	 * or every therapist when it cannot answer, is absent from the map.
	 */
	Map<UUID, String> namesOf(Collection<UUID> therapistIds) {
		List<UUID> ids = therapistIds.stream().distinct().toList();
		Map<UUID, String> names = new HashMap<>();
		for (int from = 0; from < ids.size(); from += MAX_PER_CALL) {
			List<UUID> part = ids.subList(from, Math.min(from + MAX_PER_CALL, ids.size()));
			try {
				this.breaker.executeSupplier(() -> ask(part)).forEach(names::put);
			}
			catch (CallNotPermittedException ex) {
				log.warn("{} therapists have no name to show: credentialing's circuit breaker is open", ids.size());
				return names;
			}
			catch (RuntimeException ex) {
				log.warn("{} therapists have no name to show: credentialing did not answer ({})", part.size(),
						ex.getClass().getSimpleName());
				return names;
			}
		}
		return names;
	}

	private Map<UUID, String> ask(List<UUID> part) {
		Page page = this.credentialing.get()
			.uri((uri) -> uri.path("/therapists")
				.queryParam("ids", String.join(",", part.stream().map(UUID::toString).toList()))
				.build())
			.retrieve()
			.body(Page.class);
		Map<UUID, String> names = new HashMap<>();
		if (page == null || page.content() == null) {
			throw new IllegalStateException("credentialing's answer had no therapists");
		}
		for (Named named : page.content()) {
			if (named != null && named.id() != null && named.firstName() != null && named.lastName() != null
					&& part.contains(named.id())) {
				names.put(named.id(), named.firstName() + " " + named.lastName());
			}
		}
		return names;
	}

	private record Page(@Nullable ArrayList<Named> content) {
	}

	private record Named(@Nullable UUID id, @Nullable String firstName, @Nullable String lastName) {
	}

}
