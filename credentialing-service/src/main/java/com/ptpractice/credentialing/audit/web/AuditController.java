package com.ptpractice.credentialing.audit.web;

import com.ptpractice.credentialing.audit.AuditSubject;
import com.ptpractice.credentialing.audit.AuditTrail;
import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.credentialing.shared.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the change log: every change to therapists, credentials, verifications, rules and
 * the policy, newest first. Credentialing administrators only.
 */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	@PreAuthorize(Access.ADMIN)
	PageResponse<AuditEntryResponse> entries(@RequestParam(required = false) @Nullable AuditSubject subject,
			@RequestParam(required = false) @Size(max = 100) @Nullable String subjectId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.trail.entries(subject, subjectId, PageRequest.of(page, size)),
				AuditEntryResponse::of);
	}

}
