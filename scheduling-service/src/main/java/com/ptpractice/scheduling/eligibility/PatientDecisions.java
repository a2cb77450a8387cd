package com.ptpractice.scheduling.eligibility;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.ptpractice.needling.Decision;
import com.ptpractice.scheduling.problems.DependencyUnavailableException.Dependency;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * What this service asks the patient service: a patient's dry-needling readiness, and
 * which patient a signed-in patient is. Unusable answers fail closed with a
 * {@link DependencyUnavailableException}.
 */
@Component
public class PatientDecisions {

	private static final Dependency SERVICE = Dependency.PATIENTS;

	private final RestClient patients;

	private final RestClient patientsAsCaller;

	PatientDecisions(@Qualifier("patientsClient") RestClient patients) {
		this.patients = patients;
		// same address and timeouts, but without this service's own token: the caller's
		// token is sent instead
		this.patientsAsCaller = patients.mutate().requestInterceptors((interceptors) -> interceptors.clear()).build();
	}

	/**
	 * The patient's readiness for dry needling at the instant, asked as the caller when
	 * there is one, so the patient service's access audit names the person (an unknown
	 * patient is a reason in it). The caller's own refusal (401, 403) stays theirs: it is
	 * not the patient service failing.
	 */
	public Decision dryNeedlingReadiness(UUID patientId, Instant at, Optional<CallerToken> caller) {
		RestClient client = caller.isPresent() ? this.patientsAsCaller : this.patients;
		Decision answer;
		try {
			answer = client.get()
				.uri((uri) -> uri.path("/patients/{id}/dry-needling-readiness")
					.queryParam("at", at.toString())
					.build(patientId))
				.headers((headers) -> caller
					.ifPresent((token) -> headers.set(HttpHeaders.AUTHORIZATION, token.header())))
				.retrieve()
				.body(Decision.class);
		}
		catch (HttpClientErrorException ex) {
			if (caller.isPresent() && (ex.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)
					|| ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED))) {
				throw new AccessDeniedException("The patient service refused the caller's readiness question");
			}
			throw new DependencyUnavailableException(SERVICE, ex);
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
	 * The patient id of the signed-in patient whose bearer token this is, asked with that
	 * token; null if the patient service has no record linked to the login.
	 */
	public @Nullable UUID patientIdOf(String callerBearerToken) {
		PatientMe me;
		try {
			me = this.patientsAsCaller.get()
				.uri("/patients/me")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + callerBearerToken)
				.retrieve()
				.body(PatientMe.class);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				return null;
			}
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		if (me == null || me.id() == null) {
			throw new DependencyUnavailableException(SERVICE, "answer without a patient id");
		}
		return me.id();
	}

	private record PatientMe(@Nullable UUID id) {
	}

}
