package com.ptpractice.scheduling.visits;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Therapists' display names from the credentialing service, asked with this service's own
 * token. A name is only shown, never decided on: when credentialing cannot answer the
 * name is null and the visit is still listed (display names degrade, they do not fail).
 */
@Component
class TherapistNames {

	private static final Logger log = LoggerFactory.getLogger(TherapistNames.class);

	private final RestClient credentialing;

	TherapistNames(@Qualifier("credentialingClient") RestClient credentialing) {
		this.credentialing = credentialing;
	}

	@Nullable String nameOf(UUID therapistId) {
		try {
			Named named = this.credentialing.get().uri("/therapists/{id}", therapistId).retrieve().body(Named.class);
			if (named == null || named.firstName() == null || named.lastName() == null) {
				return null;
			}
			return named.firstName() + " " + named.lastName();
		}
		catch (RuntimeException ex) {
			log.warn("Therapist {} has no name to show: credentialing did not answer ({})", therapistId,
					ex.getClass().getSimpleName());
			return null;
		}
	}

	private record Named(@Nullable String firstName, @Nullable String lastName) {
	}

}
