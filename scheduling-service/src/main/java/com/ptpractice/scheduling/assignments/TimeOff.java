package com.ptpractice.scheduling.assignments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stretch in which a therapist does not work anywhere, {@code [startsAt, endsAt)}.
 */
@Table("time_off")
public class TimeOff {

	@Id
	private final UUID id;

	private final UUID therapistId;

	private final Instant startsAt;

	private final Instant endsAt;

	private final @Nullable String reason;

	private final String createdBy;

	private final Instant createdAt;

	@Version
	private final @Nullable Integer version;

	@PersistenceCreator
	TimeOff(UUID id, UUID therapistId, Instant startsAt, Instant endsAt, @Nullable String reason, String createdBy,
			Instant createdAt, @Nullable Integer version) {
		this.id = id;
		this.therapistId = therapistId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	static TimeOff record(UUID therapistId, Instant startsAt, Instant endsAt, @Nullable String reason, String createdBy,
			Instant now) {
		return new TimeOff(UUID.randomUUID(), therapistId, startsAt, endsAt, reason, createdBy, now, null);
	}

	public UUID id() {
		return this.id;
	}

	public UUID therapistId() {
		return this.therapistId;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public Instant endsAt() {
		return this.endsAt;
	}

	public @Nullable String reason() {
		return this.reason;
	}

}
