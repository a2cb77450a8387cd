package com.ptpractice.scheduling.eligibility;

import java.util.UUID;

import com.ptpractice.common.web.ProblemException;
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
 * Which therapist a signed-in therapist is. The credentialing service links a therapist
 * to the Keycloak subject of their login ({@code loginSubject}) and answers
 * {@code GET /therapists/me} for the caller's own token; this service asks it, as the
 * caller, rather than trusting a claim or an email. A login linked to no therapist is
 * refused (403); a credentialing service that cannot answer is a 503 (fail closed).
 */
@Component
public class TherapistLogins {

	private final RestClient credentialingAsCaller;

	TherapistLogins(@Qualifier("credentialingClient") RestClient credentialing) {
		// the caller's token instead of this service's own
		this.credentialingAsCaller = credentialing.mutate()
			.requestInterceptors((interceptors) -> interceptors.clear())
			.build();
	}

	/** The therapist id of the signed-in caller. */
	public UUID therapistOfCaller() {
		CallerToken caller = CallerToken.current().orElseThrow(TherapistLogins::notLinked);
		Me me;
		try {
			me = this.credentialingAsCaller.get()
				.uri("/therapists/me")
				.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, caller.header()))
				.retrieve()
				.body(Me.class);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				throw notLinked();
			}
			throw new DependencyUnavailableException(Dependency.CREDENTIALING, ex);
		}
		catch (RuntimeException ex) {
			throw new DependencyUnavailableException(Dependency.CREDENTIALING, ex);
		}
		if (me == null || me.id() == null) {
			throw new DependencyUnavailableException(Dependency.CREDENTIALING, "answer without a therapist id");
		}
		return me.id();
	}

	private static ProblemException notLinked() {
		return new ProblemException(HttpStatus.FORBIDDEN, "therapist-login-not-linked", "Login not linked",
				"Your login is not linked to a therapist. Ask a credentialing administrator to link it.");
	}

	private record Me(@Nullable UUID id) {
	}

}
