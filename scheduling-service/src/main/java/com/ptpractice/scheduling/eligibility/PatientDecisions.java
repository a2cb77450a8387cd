package com.ptpractice.scheduling.eligibility;

import java.time.Instant;
import java.util.UUID;

import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import com.ptpractice.common.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

	static final String SERVICE = "patient service";

	private final RestClient patients;

	private final RestClient patientsAsCaller;

	PatientDecisions(@Qualifier("patientsClient") RestClient patients) {
		this.patients = patients;
		// same address and timeouts, but without this service's own token: the caller's
		// token is sent instead, for /patients/me only
		this.patientsAsCaller = patients.mutate().requestInterceptors((interceptors) -> interceptors.clear()).build();
	}

	/** The patient's readiness for dry needling at the instant. */
	public Decision dryNeedlingReadiness(UUID patientId, Instant at) {
		WireDecision answer;
		try {
			answer = this.patients.get()
				.uri((uri) -> uri.path("/patients/{id}/dry-needling-readiness")
					.queryParam("at", at.toString())
					.build(patientId))
				.retrieve()
				.body(WireDecision.class);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw new InvalidFieldException("patientId", "is not a patient known to the patient service");
			}
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(SERVICE, ex);
		}
		Decision decision = (answer != null) ? answer.toDecision() : null;
		if (decision == null) {
			throw new DependencyUnavailableException(SERVICE, "answer was not a decision");
		}
		return decision;
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
