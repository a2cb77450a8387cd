package com.ptpractice.scheduling.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
 * of at most {@link DecisionBatch#MAX_DECISIONS} decisions. Any answer that is not a
 * usable decision (error, timeout, reset, an empty or malformed body) becomes a
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
		return eligibleForDryNeedling(state, Map.of(at, therapistIds)).get(at);
	}

	/**
	 * For each instant, the therapists among those asked at it who are eligible for dry
	 * needling in the state then. Each instant's answer is cached for a minute; the
	 * instants not cached are asked together, in as few batches as credentialing accepts
	 * (four queries each, whatever their size), so a week's search asks once, not once a
	 * day.
	 */
	public Map<Instant, Set<UUID>> eligibleForDryNeedling(String state,
			Map<Instant, ? extends Collection<UUID>> asked) {
		Instant now = this.clock.instant();
		Map<Instant, Set<UUID>> answers = new HashMap<>();
		Map<Instant, BatchKey> missing = new TreeMap<>();
		asked.forEach((at, therapistIds) -> {
			if (therapistIds.isEmpty()) {
				answers.put(at, Set.of());
				return;
			}
			BatchKey key = new BatchKey(state, at, new TreeSet<>(therapistIds));
			CachedBatch cached = this.batches.get(key);
			if (cached != null && cached.expiresAt().isAfter(now)) {
				answers.put(at, cached.eligible());
			}
			else {
				missing.put(at, key);
			}
		});
		if (missing.isEmpty()) {
			return answers;
		}
		Set<UUID> everyone = new TreeSet<>();
		missing.values().forEach((key) -> everyone.addAll(key.therapistIds()));
		Set<Decided> eligible = askInBatches(state, List.copyOf(missing.keySet()), List.copyOf(everyone));
		if (this.batches.size() + missing.size() > MAX_CACHED_BATCHES) {
			this.batches.clear();
		}
		missing.forEach((at, key) -> {
			Set<UUID> yes = key.therapistIds()
				.stream()
				.filter((therapistId) -> eligible.contains(new Decided(therapistId, at)))
				.collect(Collectors.toUnmodifiableSet());
			this.batches.put(key, new CachedBatch(yes, now.plus(BATCH_TTL)));
			answers.put(at, yes);
		});
		return answers;
	}

	/**
	 * Asks credentialing in batches no larger than it accepts (instants times
	 * therapists); any failing batch fails the whole answer (closed), so a partial answer
	 * is never cached.
	 */
	private Set<Decided> askInBatches(String state, List<Instant> instants, List<UUID> therapistIds) {
		Set<Decided> eligible = new HashSet<>();
		for (List<Instant> times : parts(instants, DecisionBatch.MAX_INSTANTS)) {
			int therapistsPerBatch = Math.max(1, DecisionBatch.MAX_DECISIONS / times.size());
			for (List<UUID> therapists : parts(therapistIds, therapistsPerBatch)) {
				eligible.addAll(askBatch(state, times, therapists));
			}
		}
		return eligible;
	}

	private static <T> List<List<T>> parts(List<T> all, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			parts.add(all.subList(from, Math.min(from + size, all.size())));
		}
		return parts;
	}

	/**
	 * One batch: who is eligible at which of the instants. A therapist and instant the
	 * answer does not decide counts as not eligible.
	 */
	private Set<Decided> askBatch(String state, List<Instant> instants, List<UUID> therapistIds) {
		Batch answer;
		try {
			answer = this.credentialing.post()
				.uri("/eligibility/dry-needling/batch")
				.body(Map.of("state", state, "ats", instants.stream().map(Instant::toString).toList(), "therapistIds",
						List.copyOf(therapistIds)))
				.retrieve()
				.body(Batch.class);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		if (answer == null || answer.decisions() == null) {
			throw new DependencyUnavailableException(SERVICE, "batch answer without decisions");
		}
		Map<Decided, Boolean> decided = new HashMap<>();
		for (TherapistDecision decision : answer.decisions()) {
			if (decision == null || decision.therapistId() == null) {
				throw new DependencyUnavailableException(SERVICE, "malformed decision in batch");
			}
			Decision checked = decision.checked();
			decided.merge(new Decided(decision.therapistId(), checked.evaluatedAt()), checked.eligible(),
					Boolean::logicalAnd);
		}
		Set<Instant> times = Set.copyOf(instants);
		Set<UUID> therapists = Set.copyOf(therapistIds);
		Set<Decided> eligible = new HashSet<>();
		decided.forEach((key, yes) -> {
			if (yes && times.contains(key.at()) && therapists.contains(key.therapistId())) {
				eligible.add(key);
			}
		});
		return eligible;
	}

	/** A therapist at an instant. */
	private record Decided(UUID therapistId, Instant at) {
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
