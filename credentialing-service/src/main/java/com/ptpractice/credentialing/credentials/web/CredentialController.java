package com.ptpractice.credentialing.credentials.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialService;
import com.ptpractice.credentialing.shared.Access;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A therapist's credentials and their verification. Credentialing administrators write;
 * front desks, practice administrators, the platform's services and the therapist
 * themselves read.
 */
@RestController
@RequestMapping("/therapists/{therapistId}/credentials")
class CredentialController {

	private final CredentialService credentials;

	CredentialController(CredentialService credentials) {
		this.credentials = credentials;
	}

	@PostMapping
	@PreAuthorize(Access.ADMIN)
	ResponseEntity<CredentialResponse> add(@PathVariable UUID therapistId,
			@Valid @RequestBody CredentialRequest request) {
		Credential credential = this.credentials.add(therapistId, request.credentialKind(), request.facts());
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(credential.id()))
			.body(CredentialResponse.of(credential));
	}

	/** Every credential of the therapist: a handful, so not paged. */
	@GetMapping
	@PreAuthorize(Access.STAFF_SERVICE_OR_SELF)
	List<CredentialResponse> list(@PathVariable UUID therapistId) {
		return this.credentials.ofTherapist(therapistId).stream().map(CredentialResponse::of).toList();
	}

	@GetMapping("/{credentialId}")
	@PreAuthorize(Access.STAFF_SERVICE_OR_SELF)
	CredentialResponse get(@PathVariable UUID therapistId, @PathVariable UUID credentialId) {
		return CredentialResponse.of(this.credentials.find(therapistId, credentialId));
	}

	@PutMapping("/{credentialId}")
	@PreAuthorize(Access.ADMIN)
	CredentialResponse update(@PathVariable UUID therapistId, @PathVariable UUID credentialId,
			@Valid @RequestBody CredentialUpdateRequest request) {
		return CredentialResponse.of(this.credentials.revise(therapistId, credentialId, request.facts(),
				request.credentialStatus(), request.expectedVersion()));
	}

	@PostMapping("/{credentialId}/verification")
	@PreAuthorize(Access.ADMIN)
	CredentialResponse verify(@PathVariable UUID therapistId, @PathVariable UUID credentialId,
			@Valid @RequestBody VerificationRequest request) {
		return CredentialResponse.of(this.credentials.decide(therapistId, credentialId, request.verificationOutcome(),
				request.source(), request.note(), request.expectedVersion()));
	}

}
