package com.ptpractice.patients.audit.web;

import java.time.Instant;
import java.util.UUID;

import com.ptpractice.patients.audit.AccessLogEntry;
import com.ptpractice.patients.audit.AuditAction;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the PHI access log.
 *
 * @param id the entry's sequence number
 * @param occurredAt when the access happened
 * @param patientId whose record
 * @param actorSubject the token subject of who accessed it
 * @param actorRole that caller's realm roles, comma-separated
 * @param clientId the client the caller's token was issued to
 * @param action what was done
 */
record AuditEntryResponse(@Nullable Long id, Instant occurredAt, UUID patientId, String actorSubject, String actorRole,
		@Nullable String clientId, AuditAction action) {

	static AuditEntryResponse of(AccessLogEntry entry) {
		return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.patientId(), entry.actorSubject(),
				entry.actorRole(), entry.clientId(), entry.action());
	}

}
