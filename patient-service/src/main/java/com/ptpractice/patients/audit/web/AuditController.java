package com.ptpractice.patients.audit.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.patients.audit.AuditQuery;
import com.ptpractice.patients.audit.PhiAccessLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PHI access log, for practice administrators only.
 */
@RestController
class AuditController {

	private final PhiAccessLog log;

	AuditController(PhiAccessLog log) {
		this.log = log;
	}

	@GetMapping("/patients/audit")
	@PreAuthorize("hasRole('PRACTICE_ADMIN')")
	AuditPageResponse read(@RequestParam(required = false) @Nullable UUID patientId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable OffsetDateTime to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		AuditQuery query = new AuditQuery(patientId, (from != null) ? from.toInstant() : null,
				(to != null) ? to.toInstant() : null);
		return AuditPageResponse.of(this.log.read(query, page, size));
	}

}
