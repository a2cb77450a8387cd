package com.ptpractice.patients.consent.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.consent.ConsentRecords;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dry-needling consent: front desks record and revoke it; staff and the patient
 * themselves read the history.
 */
@RestController
class ConsentController {

	private final ConsentRecords consents;

	ConsentController(ConsentRecords consents) {
		this.consents = consents;
	}

	@PostMapping("/patients/{id}/consents")
	@PreAuthorize("hasRole('FRONT_DESK')")
	@ResponseStatus(HttpStatus.CREATED)
	ConsentResponse record(@PathVariable UUID id, @Valid @RequestBody RecordConsentRequest request,
			Authentication caller) {
		return ConsentResponse.of(this.consents.record(id, request.toForm(), Actor.of(caller)));
	}

	@PostMapping("/patients/{id}/consents/{consentId}/revocation")
	@PreAuthorize("hasRole('FRONT_DESK')")
	ConsentResponse revoke(@PathVariable UUID id, @PathVariable UUID consentId,
			@Valid @RequestBody RevokeConsentRequest request, Authentication caller) {
		return ConsentResponse.of(this.consents.revoke(id, consentId, request.reason(), Actor.of(caller)));
	}

	@GetMapping("/patients/{id}/consents")
	@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'PATIENT')")
	List<ConsentResponse> history(@PathVariable UUID id, Authentication caller) {
		return this.consents.history(id, Actor.of(caller)).stream().map(ConsentResponse::of).toList();
	}

}
