package com.ptpractice.scheduling.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import com.ptpractice.common.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Everything this service asks the credentialing service, in one place: whether a
 * therapist exists and the dry-needling decisions, one or in a batch. Any answer that is
 * not a usable one (error, timeout, reset, malformed body) becomes a
 * {@link DependencyUnavailableException}: callers fail closed.
 *
 * <p>
 * Assumed batch shape (being built in parallel): {@code {"decisions":[{"therapistId":...,
 * "eligible":..., "reasons":[...], "ruleVersion":..., "evaluatedAt":...}]}}. A therapist
 * the batch does not decide on counts as not eligible.
 */
@Component
public class CredentialingDecisions {

	static final String SERVICE = "credentialing service";

	private static final Duration BATCH_TTL = Duration.ofSeconds(60);

	private static final int MAX_CACHED_BATCHES = 10_000;

	private final RestClient credentialing;

	private final Clock clock;

	private final Map<BatchKey, CachedBatch> batches = new ConcurrentHashMap<>();

	CredentialingDecisions(@Qualifier("credentialingClient") RestClient credentialing, Clock clock) {
		this.credentialing = credentialing;
		this.clock = clock;
	}

	/**
	 * Passes if credentialing knows the therapist; a 400 naming {@code field} if it says
	 * 404; a 503 if it cannot answer.
	 */
	public void requireTherapist(UUID therapistId, String field) {
		try {
			this.credentialing.get().uri("/therapists/{id}", therapistId).retrieve().toBodilessEntity();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw new InvalidFieldException(field, "is not a therapist known to credentialing");
			}
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
	}

	/** One therapist's dry-needling decision at a clinic's state and an instant. */
	public Decision dryNeedling(UUID therapistId, String state, Instant at, ZoneId zone) {
		WireDecision answer;
		try {
			answer = this.credentialing.get()
				.uri((uri) -> uri.path("/eligibility/dry-needling")
					.queryParam("therapistId", therapistId)
					.queryParam("state", state)
					.queryParam("at", at.toString())
					.queryParam("zone", zone.getId())
					.build())
				.retrieve()
				.body(WireDecision.class);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		return usable((answer != null) ? answer.toDecision() : null);
	}

	/**
	 * The therapists among {@code therapistIds} eligible for dry needling in the state at
	 * the instant; cached for a minute.
	 */
	public Set<UUID> eligibleForDryNeedling(String state, Instant at, Collection<UUID> therapistIds) {
		if (therapistIds.isEmpty()) {
			return Set.of();
		}
		BatchKey key = new BatchKey(state, at, new TreeSet<>(therapistIds));
		Instant now = this.clock.instant();
		CachedBatch cached = this.batches.get(key);
		if (cached != null && cached.expiresAt().isAfter(now)) {
			return cached.eligible();
		}
		Set<UUID> eligible = askBatch(state, at, key.therapistIds());
		if (this.batches.size() >= MAX_CACHED_BATCHES) {
			this.batches.clear();
		}
		this.batches.put(key, new CachedBatch(eligible, now.plus(BATCH_TTL)));
		return eligible;
	}

	private Set<UUID> askBatch(String state, Instant at, Collection<UUID> therapistIds) {
		WireDecision.WireBatch answer;
		try {
			answer = this.credentialing.post()
				.uri("/eligibility/dry-needling/batch")
				.body(Map.of("state", state, "at", at.toString(), "therapistIds", List.copyOf(therapistIds)))
				.retrieve()
				.body(WireDecision.WireBatch.class);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		if (answer == null || answer.decisions() == null) {
			throw new DependencyUnavailableException(SERVICE, "batch answer without decisions");
		}
		Map<UUID, Boolean> byTherapist = new HashMap<>();
		for (WireDecision decision : answer.decisions()) {
			Decision checked = (decision != null) ? decision.toDecision() : null;
			if (checked == null || decision.therapistId() == null) {
				throw new DependencyUnavailableException(SERVICE, "malformed decision in batch");
			}
			byTherapist.merge(decision.therapistId(), checked.eligible(), Boolean::logicalAnd);
		}
		Set<UUID> eligible = new TreeSet<>();
		therapistIds.stream().filter((id) -> Boolean.TRUE.equals(byTherapist.get(id))).forEach(eligible::add);
		return Set.copyOf(eligible);
	}

	static Decision usable(@Nullable Decision decision) {
		if (decision == null) {
			throw new DependencyUnavailableException(SERVICE, "answer was not a decision");
		}
		return decision;
	}

	private record BatchKey(String state, Instant at, TreeSet<UUID> therapistIds) {
	}

	private record CachedBatch(Set<UUID> eligible, Instant expiresAt) {
	}

}
