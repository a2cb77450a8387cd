package com.ptpractice.gateway.guard;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * What the guard asks the services, each call with the gateway's own token, its own
 * circuit breaker, time limit and bulkhead (named after the operation, configured under
 * {@code resilience4j.*} in one place), and one retry for these idempotent reads when the
 * connection fails. A call that does not answer becomes {@link DependencyUnavailable}.
 * Appointment types and clinics change rarely and are cached for a minute.
 */
@Component
class DecisionSources {

	static final String APPOINTMENT_TYPES = "scheduling-appointment-types";

	static final String CLINIC = "scheduling-clinic";

	static final String APPOINTMENT = "scheduling-appointment";

	static final String ELIGIBILITY = "credentialing-eligibility";

	static final String READINESS = "patients-readiness";

	private static final Duration CACHE_FOR = Duration.ofMinutes(1);

	private final WebClient scheduling;

	private final WebClient credentialing;

	private final WebClient patients;

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
		this.credentialing = credentialing;
		this.patients = patients;
		this.circuitBreakers = circuitBreakers;
		this.needlingTypes = fetchNeedlingTypes().cache((types) -> CACHE_FOR, (error) -> Duration.ZERO,
				() -> Duration.ZERO);
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

	/** The appointment being rescheduled; empty when there is none. */
	Mono<AppointmentFacts> appointment(UUID appointmentId) {
		Mono<AppointmentFacts> call = this.scheduling.get()
			.uri("/appointments/{id}", appointmentId)
			.exchangeToMono((response) -> emptyIfNotFound(response, AppointmentFacts.class));
		return guarded(APPOINTMENT, "scheduling", call);
	}

	Mono<Decision> therapistEligibility(UUID therapistId, ClinicLocation clinic, OffsetDateTime startsAt) {
		Mono<Decision> call = this.credentialing.get()
			.uri((uri) -> uri.path("/eligibility/dry-needling")
				.queryParam("therapistId", "{therapistId}")
				.queryParam("state", "{state}")
				.queryParam("at", "{at}")
				.queryParam("zone", "{zone}")
				.build(therapistId, clinic.state(), startsAt.toInstant(), clinic.zoneId()))
			.exchangeToMono((response) -> (response.statusCode().value() == 404)
					? Mono.just(Decision.refused("THERAPIST_UNKNOWN", "The therapist is not known to credentialing."))
					: response.statusCode().is2xxSuccessful() ? response.bodyToMono(Decision.class)
							: response.createError());
		return guarded(ELIGIBILITY, "credentialing", call);
	}

	Mono<Decision> patientReadiness(UUID patientId, OffsetDateTime startsAt) {
		Mono<Decision> call = this.patients.get()
			.uri((uri) -> uri.path("/patients/{id}/dry-needling-readiness")
				.queryParam("at", "{at}")
				.build(patientId, startsAt.toInstant()))
			.exchangeToMono((response) -> (response.statusCode().value() == 404)
					? Mono.just(Decision.refused("PATIENT_UNKNOWN", "The patient is not registered at the practice."))
					: response.statusCode().is2xxSuccessful() ? response.bodyToMono(Decision.class)
							: response.createError());
		return guarded(READINESS, "patient", call);
	}

	private Mono<Set<String>> fetchNeedlingTypes() {
		Mono<Set<String>> call = this.scheduling.get()
			.uri("/appointment-types")
			.retrieve()
			.bodyToFlux(AppointmentTypeView.class)
			.filter(AppointmentTypeView::involvesDryNeedling)
			.map(AppointmentTypeView::code)
			.collect(Collectors.toUnmodifiableSet());
		return guarded(APPOINTMENT_TYPES, "scheduling", call);
	}

	private Mono<ClinicLocation> fetchClinic(UUID clinicId) {
		Mono<ClinicLocation> call = this.scheduling.get()
			.uri("/clinics/{id}", clinicId)
			.exchangeToMono((response) -> emptyIfNotFound(response, ClinicLocation.class));
		return guarded(CLINIC, "scheduling", call);
	}

	private <T> Mono<T> guarded(String operation, String service, Mono<T> call) {
		Mono<T> retriedOnce = call.retryWhen(Retry.max(1).filter(WebClientRequestException.class::isInstance));
		return this.circuitBreakers.create(operation)
			.run(retriedOnce, (failure) -> Mono.error(new DependencyUnavailable(service, failure)));
	}

	private static <T> Mono<T> emptyIfNotFound(ClientResponse response, Class<T> type) {
		if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
			return response.releaseBody().then(Mono.empty());
		}
		return response.statusCode().is2xxSuccessful() ? response.bodyToMono(type) : response.createError();
	}

	/** Where a clinic is, as the scheduling service answers it. */
	record ClinicLocation(UUID id, String state, String zoneId) {
	}

	/** The booked facts of an appointment that is being rescheduled. */
	record AppointmentFacts(UUID id, UUID patientId, UUID therapistId, UUID clinicId, String type) {
	}

	private record AppointmentTypeView(String code, boolean involvesDryNeedling) {
	}

}
