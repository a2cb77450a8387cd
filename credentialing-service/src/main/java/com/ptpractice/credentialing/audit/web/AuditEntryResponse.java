package com.ptpractice.credentialing.audit.web;

import java.time.Instant;

import com.ptpractice.credentialing.audit.AuditEntry;
import com.ptpractice.credentialing.audit.AuditSubject;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change as the API shows it.
 *
 * @param id position in the log
 * @param occurredAt when
 * @param actor the Keycloak subject of who changed it, or {@code system}
 * @param actorName their name as their sign-in gave it; null for the service's own jobs
 * and for entries older than names in the log
 * @param subject what kind of record
 * @param subjectId which record
 * @param action what was done
 * @param before the record before; null when it was created
 * @param after the record after
 */
record AuditEntryResponse(long id, Instant occurredAt, String actor, @Nullable String actorName, AuditSubject subject,
		String subjectId, String action, @Nullable JsonNode before, @Nullable JsonNode after) {

	static AuditEntryResponse of(AuditEntry entry) {
		return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.actor(), entry.actorName(), entry.subject(),
				entry.subjectId(), entry.action(), entry.before(), entry.after());
	}

}
