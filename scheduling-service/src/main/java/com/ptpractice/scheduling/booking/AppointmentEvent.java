package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One change of an appointment: what, who, when, and the slot after it. Append-only.
 */
@Table("appointment_event")
public class AppointmentEvent {

	@Id
	private final UUID id;

	private final UUID appointmentId;

	private final String kind;

	private final String actor;

	private final Instant occurredAt;

	private final @Nullable String reason;

	private final Instant startsAt;

	private final UUID therapistId;

	private final @Nullable String statusBefore;

	private final @Nullable String statusAfter;

	@PersistenceCreator
	AppointmentEvent(UUID id, UUID appointmentId, String kind, String actor, Instant occurredAt,
			@Nullable String reason, Instant startsAt, UUID therapistId, @Nullable String statusBefore,
			@Nullable String statusAfter) {
		this.id = id;
		this.appointmentId = appointmentId;
		this.kind = kind;
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.reason = reason;
		this.startsAt = startsAt;
		this.therapistId = therapistId;
		this.statusBefore = statusBefore;
		this.statusAfter = statusAfter;
	}

	static AppointmentEvent of(Appointment appointment, String kind, String actor, Instant at,
			@Nullable String reason) {
		return new AppointmentEvent(UUID.randomUUID(), appointment.id(), kind, actor, at, reason,
				appointment.startsAt(), appointment.therapistId(), null, null);
	}

	/** A correction of a mistaken status: who, why, from what to what. */
	static AppointmentEvent corrected(Appointment appointment, AppointmentStatus before, String actor, Instant at,
			String reason) {
		return new AppointmentEvent(UUID.randomUUID(), appointment.id(), "CORRECTED", actor, at, reason,
				appointment.startsAt(), appointment.therapistId(), before.name(), appointment.status().name());
	}

	public String kind() {
		return this.kind;
	}

	public String actor() {
		return this.actor;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public @Nullable String reason() {
		return this.reason;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public UUID therapistId() {
		return this.therapistId;
	}

}
