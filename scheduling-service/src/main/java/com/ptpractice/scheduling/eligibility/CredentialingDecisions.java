package com.ptpractice.scheduling.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.DecisionBatch;
import com.ptpractice.needling.Reason;
import com.ptpractice.scheduling.problems.DependencyUnavailableException.Dependency;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Everything this service asks the credentialing service, in one place: whether a
 * therapist exists and the dry-needling decisions, one or in a batch, in the shared wire
 * format ({@link Decision}); a batch larger than credentialing accepts is asked in parts
 * of at most {@link DecisionBatch#MAX_THERAPISTS}. Any answer that is not a usable
 * decision (error, timeout, reset, an empty or malformed body) becomes a
 * {@link DependencyUnavailableException}: callers fail closed. A therapist the batch does
 * not decide on counts as not eligible.
 */
@Component
public class CredentialingDecisions {

	private static final Dependency SERVICE = Dependency.CREDENTIALING;

	private static final Duration BATCH_TTL = Duration.ofSeconds(60);

	private static final int MAX_CACHED_BATCHES = 10_000;

	private final RestClient credentialing;

	private final RestClient credentialingAsCaller;

	private final Clock clock;

	private final Map<BatchKey, CachedBatch> batches = new ConcurrentHashMap<>();

	CredentialingDecisions(@Qualifier("credentialingClient") RestClient credentialing, Clock clock) {
		this.credentialing = credentialing;
		// same address and timeouts, without this service's own token: the caller's
		// instead
		this.credentialingAsCaller = credentialing.mutate()
			.requestInterceptors((interceptors) -> interceptors.clear())
			.build();
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

	/**
	 * One therapist's dry-needling decision at a clinic's state and an instant, asked as
	 * the caller when there is one (an unknown therapist is a reason in it).
	 */
	public Decision dryNeedling(UUID therapistId, String state, Instant at, ZoneId zone, Optional<CallerToken> caller) {
		RestClient client = caller.isPresent() ? this.credentialingAsCaller : this.credentialing;
		Decision answer;
		try {
			answer = client.get()
				.uri((uri) -> uri.path("/eligibility/dry-needling")
					.queryParam("therapistId", therapistId)
					.queryParam("state", state)
					.queryParam("at", at.toString())
					.queryParam("zone", zone.getId())
					.build())
				.headers((headers) -> caller
					.ifPresent((token) -> headers.set(HttpHeaders.AUTHORIZATION, token.header())))
				.retrieve()
				.body(Decision.class);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		if (answer == null) {
			throw new DependencyUnavailableException(SERVICE, "answer was not a decision");
		}
		return answer;
	}

	/**
	 * What the clinic's state's law says at an instant whoever the therapist is (only the
	 * state's reasons), asked as the caller when there is one.
	 */
	public Decision stateLaw(String state, Instant at, ZoneId zone, Optional<CallerToken> caller) {
		RestClient client = caller.isPresent() ? this.credentialingAsCaller : this.credentialing;
		Decision answer;
		try {
			answer = client.get()
				.uri((uri) -> uri.path("/eligibility/dry-needling/state-law")
					.queryParam("state", state)
					.queryParam("at", at.toString())
					.queryParam("zone", zone.getId())
					.build())
				.headers((headers) -> caller
					.ifPresent((token) -> headers.set(HttpHeaders.AUTHORIZATION, token.header())))
				.retrieve()
				.body(Decision.class);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		if (answer == null) {
			throw new DependencyUnavailableException(SERVICE, "answer was not a decision");
		}
		return answer;
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
		Set<UUID> eligible = askInBatches(state, at, List.copyOf(key.therapistIds()));
		if (this.batches.size() >= MAX_CACHED_BATCHES) {
			this.batches.clear();
		}
		this.batches.put(key, new CachedBatch(eligible, now.plus(BATCH_TTL)));
		return eligible;
	}

	/**
	 * Asks credentialing in batches no larger than it accepts; any failing batch fails
	 * the whole answer (closed), so a partial answer is never cached.
	 */
	private Set<UUID> askInBatches(String state, Instant at, List<UUID> therapistIds) {
		Set<UUID> eligible = new TreeSet<>();
		for (int from = 0; from < therapistIds.size(); from += DecisionBatch.MAX_THERAPISTS) {
			int to = Math.min(from + DecisionBatch.MAX_THERAPISTS, therapistIds.size());
			eligible.addAll(askBatch(state, at, therapistIds.subList(from, to)));
		}
		return Set.copyOf(eligible);
	}

	private Set<UUID> askBatch(String state, Instant at, Collection<UUID> therapistIds) {
		Batch answer;
		try {
			answer = this.credentialing.post()
				.uri("/eligibility/dry-needling/batch")
				.body(Map.of("state", state, "at", at.toString(), "therapistIds", List.copyOf(therapistIds)))
				.retrieve()
				.body(Batch.class);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		if (answer == null || answer.decisions() == null) {
			throw new DependencyUnavailableException(SERVICE, "batch answer without decisions");
		}
		Map<UUID, Boolean> byTherapist = new HashMap<>();
		for (TherapistDecision decision : answer.decisions()) {
			if (decision == null || decision.therapistId() == null) {
				throw new DependencyUnavailableException(SERVICE, "malformed decision in batch");
			}
			byTherapist.merge(decision.therapistId(), decision.checked().eligible(), Boolean::logicalAnd);
		}
		Set<UUID> eligible = new TreeSet<>();
		therapistIds.stream().filter((id) -> Boolean.TRUE.equals(byTherapist.get(id))).forEach(eligible::add);
		return Set.copyOf(eligible);
	}

	private record BatchKey(String state, Instant at, TreeSet<UUID> therapistIds) {
	}

	private record CachedBatch(Set<UUID> eligible, Instant expiresAt) {
	}

	private record Batch(@Nullable List<TherapistDecision> decisions) {
	}

	/** A batch entry: the shared decision plus whose it is. */
	private record TherapistDecision(@Nullable UUID therapistId, boolean eligible, @Nullable List<Reason> reasons,
			@Nullable String ruleVersion, @Nullable Instant evaluatedAt) {

		Decision checked() {
			try {
				return new Decision(this.eligible, (this.reasons != null) ? this.reasons : List.of(), this.ruleVersion,
						Objects.requireNonNull(this.evaluatedAt));
			}
			catch (RuntimeException ex) {
				throw new DependencyUnavailableException(SERVICE, "malformed decision in batch");
			}
		}

	}

}
