package com.ptpractice.credentialing.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One recorded change.
 *
 * @param id position in the log; later entries have larger ids
 * @param occurredAt when the change was made
 * @param actor the Keycloak subject of who made it, or {@code system}
 * @param actorName their name as their token gave it; null for the service's own jobs and
 * for entries written before names were kept
 * @param subject what kind of record changed
 * @param subjectId which record changed
 * @param action what was done, such as {@code CREATED} or {@code VERIFIED}
 * @param before the record before the change; null when it was created
 * @param after the record after the change
 */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable String actorName, AuditSubject subject,
		String subjectId, String action, @Nullable JsonNode before, @Nullable JsonNode after) {
}
