package com.ptpractice.patients.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One access to one patient's record. Entries are only ever added: the database refuses
 * to update or delete them.
 */
@Table("phi_access_log")
public class AccessLogEntry {

	@Id
	private final @Nullable Long id;

	private final Instant occurredAt;

	private final UUID patientId;

	private final String actorSubject;

	private final String actorRole;

	private final @Nullable String clientId;

	private final AuditAction action;

	AccessLogEntry(@Nullable Long id, Instant occurredAt, UUID patientId, String actorSubject, String actorRole,
			@Nullable String clientId, AuditAction action) {
		this.id = id;
		this.occurredAt = occurredAt;
		this.patientId = patientId;
		this.actorSubject = actorSubject;
		this.actorRole = actorRole;
		this.clientId = clientId;
		this.action = action;
	}

	static AccessLogEntry of(UUID patientId, Actor actor, AuditAction action, Instant at) {
		return new AccessLogEntry(null, at, patientId, actor.subject(), actor.rolesForAudit(), actor.clientId(),
				action);
	}

	AccessLogEntry withId(Long id) {
		return new AccessLogEntry(id, this.occurredAt, this.patientId, this.actorSubject, this.actorRole, this.clientId,
				this.action);
	}

	public @Nullable Long id() {
		return this.id;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public UUID patientId() {
		return this.patientId;
	}

	public String actorSubject() {
		return this.actorSubject;
	}

	public String actorRole() {
		return this.actorRole;
	}

	public @Nullable String clientId() {
		return this.clientId;
	}

	public AuditAction action() {
		return this.action;
	}

}
