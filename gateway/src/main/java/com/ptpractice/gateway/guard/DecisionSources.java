package com.ptpractice.gateway.guard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ptpractice.gateway.guard.DependencyUnavailable.Asked;
import com.ptpractice.needling.Decision;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * What the guard asks the services. Questions about a person's booking (the appointment
 * being moved, the therapist's eligibility, the patient's readiness, the prior
 * evaluation) carry the caller's own token, so each service applies its own access rules
 * and the patient service's audit names the person; appointment types and clinics, the
 * same for everyone, are asked with the gateway's token and cached for a minute.
 *
 * <p>
 * Each call has its own circuit breaker, time limit and bulkhead (named after the
 * operation, configured under {@code resilience4j.*} in one place) and one retry for
 * these idempotent reads when the connection fails. Only the service failing counts
 * against its breaker (a 5xx, a timeout, a refused connection, an answer that is not a
 * whole decision) and becomes {@link DependencyUnavailable}; a 4xx is the request's own
 * doing, passes the breaker as an answer and becomes {@link CallerRefused}.
 */
@Component
class DecisionSources {

	static final String APPOINTMENT_TYPES = "scheduling-appointment-types";

	static final String CLINIC = "scheduling-clinic";

	static final String APPOINTMENT = "scheduling-appointment";

	static final String EVALUATION = "scheduling-evaluation";

	static final String WAITLIST_OFFER = "scheduling-waitlist-offer";

	static final String SERIES = "scheduling-series";

	static final String ELIGIBILITY = "credentialing-eligibility";

	static final String STATE_LAW = "credentialing-state-law";

	static final String READINESS = "patients-readiness";

	private static final Duration CACHE_FOR = Duration.ofMinutes(1);

	private static final ParameterizedTypeReference<Map<String, Object>> PROBLEM = new ParameterizedTypeReference<>() {
	};

	private final WebClient scheduling;

	private final WebClient schedulingAsCaller;

	private final WebClient credentialingAsCaller;

	private final WebClient patientsAsCaller;

	private final ReactiveCircuitBreakerFactory<?, ?> circuitBreakers;

	private final Mono<Set<String>> needlingTypes;

	private final AsyncCache<UUID, ClinicLocation> clinics = Caffeine.newBuilder()
		.expireAfterWrite(CACHE_FOR)
		.maximumSize(10_000)
		.buildAsync();

	DecisionSources(@Qualifier("schedulingClient") WebClient scheduling,
			@Qualifier("credentialingClient") WebClient credentialing, @Qualifier("patientsClient") WebClient patients,
			ReactiveCircuitBreakerFactory<?, ?> circuitBreakers) {
		this.scheduling = scheduling;
		this.schedulingAsCaller = withoutServiceToken(scheduling);
		this.credentialingAsCaller = withoutServiceToken(credentialing);
		this.patientsAsCaller = withoutServiceToken(patients);
		this.circuitBreakers = circuitBreakers;
		this.needlingTypes = fetchNeedlingTypes().cache((types) -> CACHE_FOR, (error) -> Duration.ZERO,
				() -> Duration.ZERO);
	}

	/** Same address, timeouts and balancing, but the caller's token instead of ours. */
	private static WebClient withoutServiceToken(WebClient client) {
		return client.mutate()
			.filters(
					(filters) -> filters.removeIf(ServerOAuth2AuthorizedClientExchangeFilterFunction.class::isInstance))
			.build();
	}

	/** Codes of the appointment types that involve dry needling. */
	Mono<Set<String>> needlingTypeCodes() {
		return this.needlingTypes;
	}

	/**
	 * Where a clinic is; empty when there is no such clinic. The cached future is shared
	 * by every booking at the clinic: one booking that is cancelled (its caller gave up)
	 * must not cancel it for the others, which then failed with a 500 under load.
	 */
	Mono<ClinicLocation> clinic(UUID clinicId) {
		return Mono.fromFuture(() -> this.clinics.get(clinicId, (id, executor) -> fetchClinic(id).toFuture()), true);
	}

	/** The appointment being rescheduled, as the caller may see it. */
	Mono<AppointmentFacts> appointment(UUID appointmentId, String authorization) {
		return guarded(APPOINTMENT, Asked.SCHEDULING,
				this.schedulingAsCaller.get()
					.uri("/appointments/{id}", appointmentId)
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.exchangeToMono(answer(AppointmentFacts.class)));
	}

	/** The waitlist offer being confirmed, as the caller may see it. */
	Mono<OfferFacts> waitlistOffer(UUID offerId, String authorization) {
		return guarded(WAITLIST_OFFER, Asked.SCHEDULING,
				this.schedulingAsCaller.get()
					.uri("/waitlist/offers/{id}", offerId)
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.exchangeToMono(answer(OfferFacts.class)));
	}

	Mono<Decision> therapistEligibility(UUID therapistId, ClinicLocation clinic, Instant at, String authorization) {
		return guarded(ELIGIBILITY, Asked.CREDENTIALING,
				this.credentialingAsCaller.get()
					.uri((uri) -> uri.path("/eligibility/dry-needling")
						.queryParam("therapistId", "{therapistId}")
						.queryParam("state", "{state}")
						.queryParam("at", "{at}")
						.queryParam("zone", "{zone}")
						.build(therapistId, clinic.state(), at, clinic.zoneId()))
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.exchangeToMono(answer(Decision.class)));
	}

	/**
	 * What the clinic's state's law says at the instant whoever the therapist is (the
	 * credentialing service's decision with only the state's reasons).
	 */
	Mono<Decision> stateLaw(ClinicLocation clinic, Instant at, String authorization) {
		return guarded(STATE_LAW, Asked.CREDENTIALING,
				this.credentialingAsCaller.get()
					.uri((uri) -> uri.path("/eligibility/dry-needling/state-law")
						.queryParam("state", "{state}")
						.queryParam("at", "{at}")
						.queryParam("zone", "{zone}")
						.build(clinic.state(), at, clinic.zoneId()))
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.exchangeToMono(answer(Decision.class)));
	}

	/** The series being moved, with its visits, as the caller may see it. */
	Mono<SeriesFacts> series(UUID seriesId, String authorization) {
		return guarded(SERIES, Asked.SCHEDULING,
				this.schedulingAsCaller.get()
					.uri("/series/{id}", seriesId)
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.exchangeToMono(answer(SeriesFacts.class)));
	}

	Mono<Decision> patientReadiness(UUID patientId, Instant at, String authorization) {
		return guarded(READINESS, Asked.PATIENTS,
				this.patientsAsCaller.get()
					.uri((uri) -> uri.path("/patients/{id}/dry-needling-readiness")
						.queryParam("at", "{at}")
						.build(patientId, at))
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.exchangeToMono(answer(Decision.class)));
	}

	/** Whether the patient has an initial evaluation starting before the instant. */
	Mono<Boolean> priorEvaluation(UUID patientId, Instant at, String authorization) {
		return guarded(EVALUATION, Asked.SCHEDULING, this.schedulingAsCaller.get()
			.uri((uri) -> uri.path("/patients/{id}/prior-evaluation").queryParam("before", "{at}").build(patientId, at))
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchangeToMono(answer(PriorEvaluation.class))).map(PriorEvaluation::evaluated);
	}

	private Mono<Set<String>> fetchNeedlingTypes() {
		return guarded(APPOINTMENT_TYPES, Asked.SCHEDULING,
				this.scheduling.get()
					.uri("/appointment-types")
					.exchangeToMono(answer(AppointmentTypeView[].class))
					.map((answer) -> answer.map((types) -> Arrays.stream(types)
						.filter(AppointmentTypeView::involvesDryNeedling)
						.map(AppointmentTypeView::code)
						.collect(Collectors.toUnmodifiableSet()))));
	}

	private Mono<ClinicLocation> fetchClinic(UUID clinicId) {
		return guarded(CLINIC, Asked.SCHEDULING,
				this.scheduling.get()
					.uri("/clinics/{id}", clinicId)
					.exchangeToMono((response) -> (response.statusCode().value() == 404)
							? response.releaseBody().then(Mono.just(Answer.<ClinicLocation>none()))
							: answer(ClinicLocation.class).apply(response)));
	}

	private <T> Mono<T> guarded(String operation, Asked service, Mono<Answer<T>> call) {
		Mono<Answer<T>> retriedOnce = call.retryWhen(Retry.max(1).filter(WebClientRequestException.class::isInstance));
		return this.circuitBreakers.create(operation)
			.run(retriedOnce, (failure) -> Mono.error(new DependencyUnavailable(service, failure)))
			.flatMap(Answer::valueOrRefusal);
	}

	/**
	 * A 2xx with a whole body is an answer, a 4xx a refusal (both pass the breaker as
	 * answers); anything else, an empty or unreadable body included, is the service
	 * failing.
	 */
	private static <T> Function<ClientResponse, Mono<Answer<T>>> answer(Class<T> type) {
		return (response) -> {
			HttpStatusCode status = response.statusCode();
			if (status.is2xxSuccessful()) {
				return response.bodyToMono(type)
					.map(Answer::of)
					.switchIfEmpty(Mono.error(() -> new IllegalStateException("empty answer")));
			}
			if (status.is4xxClientError()) {
				return response.bodyToMono(PROBLEM)
					.onErrorResume((unreadable) -> Mono.empty())
					.defaultIfEmpty(Map.of())
					.map((problem) -> Answer.refused(status, problem));
			}
			return response.createError();
		};
	}

	/**
	 * What a service answered: a value, nothing (no such clinic), or a refusal.
	 */
	private record Answer<T>(@Nullable T value, @Nullable HttpStatusCode refusal, Map<String, Object> problem) {

		static <T> Answer<T> of(T value) {
			return new Answer<>(value, null, Map.of());
		}

		static <T> Answer<T> none() {
			return new Answer<>(null, null, Map.of());
		}

		static <T> Answer<T> refused(HttpStatusCode status, Map<String, Object> problem) {
			return new Answer<>(null, status, problem);
		}

		<R> Answer<R> map(Function<T, R> mapper) {
			return new Answer<>((this.value != null) ? mapper.apply(this.value) : null, this.refusal, this.problem);
		}

		Mono<T> valueOrRefusal() {
			if (this.refusal != null) {
				return Mono.error(new CallerRefused(this.refusal, this.problem));
			}
			return Mono.justOrEmpty(this.value);
		}

	}

	/** Where a clinic is, as the scheduling service answers it. */
	record ClinicLocation(UUID id, String state, String zoneId) {
	}

	/** The booked facts of an appointment that is being rescheduled. */
	record AppointmentFacts(UUID id, UUID patientId, UUID therapistId, UUID clinicId, String type) {
	}

	/** What a waitlist offer holds: the visit its confirmation books. */
	record OfferFacts(UUID id, UUID patientId, UUID therapistId, UUID clinicId, String type,
			java.time.OffsetDateTime startsAt) {
	}

	/** A series as the scheduling service answers it: what a move needs. */
	record SeriesFacts(UUID id, UUID patientId, UUID clinicId, String type, String zoneId, List<VisitFacts> visits) {

		SeriesFacts {
			Objects.requireNonNull(patientId, "patientId");
			Objects.requireNonNull(clinicId, "clinicId");
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(zoneId, "zoneId");
			visits = List.copyOf(Objects.requireNonNull(visits, "visits"));
		}

	}

	/** One visit of a series: its therapist, clinic-local start and status. */
	record VisitFacts(UUID id, UUID therapistId, LocalDateTime localStart, String status) {
	}

	private record PriorEvaluation(Boolean evaluated) {

		PriorEvaluation {
			Objects.requireNonNull(evaluated, "evaluated");
		}

	}

	private record AppointmentTypeView(String code, boolean involvesDryNeedling) {
	}

}
