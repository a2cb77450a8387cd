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
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

	private static final Duration ANSWER_TTL = Duration.ofSeconds(60);

	// a therapist at an instant each (about 170 bytes): 500 therapists for a month is
	// 15,500; beyond the bound the cache starts again empty
	private static final int MAX_CACHED_ANSWERS = 50_000;

	private final RestClient credentialing;

	private final RestClient credentialingAsCaller;

	private final Clock clock;

	private final Map<AnswerKey, CachedAnswer> answers = new ConcurrentHashMap<>();

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
	 * needling in the state then. Each therapist's answer at an instant is cached for a
	 * minute; the instants and therapists not cached are asked together, in as few
	 * batches as credentialing accepts (four queries each, whatever their size), so a
	 * week's search asks once, not once a day.
	 */
	public Map<Instant, Set<UUID>> eligibleForDryNeedling(String state,
			Map<Instant, ? extends Collection<UUID>> asked) {
		return eligibleForDryNeedling(state, asked, List::of);
	}

	/**
	 * As {@link #eligibleForDryNeedling(String, Map)}; when something must be asked, the
	 * room its batches have to spare (a batch holds up to
	 * {@link DecisionBatch#MAX_DECISIONS} decisions) is filled with therapists from
	 * {@code alongside} (read only then), whose answers are cached too: a search of one
	 * clinic passes the state's other therapists, so the searches of the state's other
	 * clinics within the minute find their answers instead of asking. Never a request
	 * more than the asked therapists need.
	 */
	public Map<Instant, Set<UUID>> eligibleForDryNeedling(String state, Map<Instant, ? extends Collection<UUID>> asked,
			Supplier<? extends Collection<UUID>> alongside) {
		Instant now = this.clock.instant();
		Map<Instant, Set<UUID>> eligible = new HashMap<>();
		Set<Instant> missingTimes = new TreeSet<>();
		Set<UUID> missingTherapists = new TreeSet<>();
		asked.forEach((at, therapistIds) -> {
			Set<UUID> yes = new HashSet<>();
			eligible.put(at, yes);
			for (UUID therapistId : therapistIds) {
				CachedAnswer cached = this.answers.get(new AnswerKey(state, at, therapistId));
				if (cached == null || !cached.expiresAt().isAfter(now)) {
					missingTimes.add(at);
					missingTherapists.add(therapistId);
				}
				else if (cached.eligible()) {
					yes.add(therapistId);
				}
			}
		});
		if (missingTimes.isEmpty()) {
			return eligible;
		}
		List<Instant> times = List.copyOf(missingTimes);
		Map<Decided, Boolean> decided = askInBatches(state, times,
				withRoomFilled(missingTherapists, times.size(), alongside));
		if (this.answers.size() + decided.size() > MAX_CACHED_ANSWERS) {
			this.answers.clear();
		}
		// only what the answers decide is kept: a therapist a batch left out counts as
		// not eligible for this search, and is asked again by the next
		Instant expiresAt = now.plus(ANSWER_TTL);
		decided.forEach((key, yes) -> this.answers.put(new AnswerKey(state, key.at(), key.therapistId()),
				new CachedAnswer(yes, expiresAt)));
		asked.forEach((at, therapistIds) -> therapistIds.stream()
			.filter((therapistId) -> Boolean.TRUE.equals(decided.get(new Decided(therapistId, at))))
			.forEach(eligible.get(at)::add));
		return eligible;
	}

	/**
	 * The therapists to ask about: those needed, then as many from {@code alongside} as
	 * the batches the needed ones take leave room for.
	 */
	private static List<UUID> withRoomFilled(Set<UUID> needed, int instants,
			Supplier<? extends Collection<UUID>> alongside) {
		int perBatch = therapistsPerBatch(Math.min(instants, DecisionBatch.MAX_INSTANTS));
		int room = Math.ceilDiv(needed.size(), perBatch) * perBatch - needed.size();
		List<UUID> therapists = new ArrayList<>(needed);
		if (room > 0) {
			alongside.get()
				.stream()
				.filter((therapistId) -> !needed.contains(therapistId))
				.distinct()
				.sorted()
				.limit(room)
				.forEach(therapists::add);
		}
		return therapists;
	}

	private static int therapistsPerBatch(int instants) {
		return Math.max(1, DecisionBatch.MAX_DECISIONS / instants);
	}

	/**
	 * Asks credentialing in batches no larger than it accepts (instants times
	 * therapists): what each therapist asked about was decided at each instant asked. Any
	 * failing batch fails the whole answer (closed), so a partial answer is never cached.
	 */
	private Map<Decided, Boolean> askInBatches(String state, List<Instant> instants, List<UUID> therapistIds) {
		Map<Decided, Boolean> decided = new HashMap<>();
		for (List<Instant> times : parts(instants, DecisionBatch.MAX_INSTANTS)) {
			for (List<UUID> therapists : parts(therapistIds, therapistsPerBatch(times.size()))) {
				decided.putAll(askBatch(state, times, therapists));
			}
		}
		return decided;
	}

	private static <T> List<List<T>> parts(List<T> all, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			parts.add(all.subList(from, Math.min(from + size, all.size())));
		}
		return parts;
	}

	/**
	 * One batch: what it decided for each therapist asked at each instant asked (anything
	 * else it answered is ignored).
	 */
	private Map<Decided, Boolean> askBatch(String state, List<Instant> instants, List<UUID> therapistIds) {
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
		decided.keySet().removeIf((key) -> !times.contains(key.at()) || !therapists.contains(key.therapistId()));
		return decided;
	}

	/** A therapist at an instant. */
	private record Decided(UUID therapistId, Instant at) {
	}

	private record AnswerKey(String state, Instant at, UUID therapistId) {
	}

	private record CachedAnswer(boolean eligible, Instant expiresAt) {
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
