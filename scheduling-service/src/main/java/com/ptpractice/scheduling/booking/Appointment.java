package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visit: a patient with a therapist at a clinic for {@code [startsAt, endsAt)}. It
 * guards its own lifecycle; each change returns the event that records it.
 */
@Table("appointment")
public class Appointment {

	@Id
	private final UUID id;

	private final UUID patientId;

	private UUID therapistId;

	private final UUID clinicId;

	private final String typeCode;

	private final boolean involvesDryNeedling;

	private Instant startsAt;

	private Instant endsAt;

	private AppointmentStatus status;

	private final String createdBy;

	private final Instant createdAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Appointment(UUID id, UUID patientId, UUID therapistId, UUID clinicId, String typeCode, boolean involvesDryNeedling,
			Instant startsAt, Instant endsAt, AppointmentStatus status, String createdBy, Instant createdAt,
			@Nullable Integer version) {
		this.id = id;
		this.patientId = patientId;
		this.therapistId = therapistId;
		this.clinicId = clinicId;
		this.typeCode = typeCode;
		this.involvesDryNeedling = involvesDryNeedling;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.status = status;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Appointment book(BookAppointment request, boolean involvesDryNeedling, Instant endsAt, String by,
			Instant now) {
		return new Appointment(UUID.randomUUID(), request.patientId(), request.therapistId(), request.clinicId(),
				request.typeCode(), involvesDryNeedling, request.startsAt(), endsAt, AppointmentStatus.BOOKED, by, now,
				0);
	}

	AppointmentEvent booked(String by, Instant at) {
		return AppointmentEvent.of(this, "BOOKED", by, at, null);
	}

	AppointmentEvent reschedule(UUID therapistId, Instant startsAt, Instant endsAt, String by, Instant at) {
		require(Set.of(AppointmentStatus.BOOKED), "rescheduled");
		this.therapistId = therapistId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		return AppointmentEvent.of(this, "RESCHEDULED", by, at, null);
	}

	AppointmentEvent cancel(String by, String reason, Instant at) {
		require(Set.of(AppointmentStatus.BOOKED), "cancelled");
		this.status = AppointmentStatus.CANCELLED;
		return AppointmentEvent.of(this, "CANCELLED", by, at, reason);
	}

	AppointmentEvent checkIn(String by, Instant at) {
		require(Set.of(AppointmentStatus.BOOKED), "checked in");
		this.status = AppointmentStatus.CHECKED_IN;
		return AppointmentEvent.of(this, "CHECKED_IN", by, at, null);
	}

	AppointmentEvent complete(String by, Instant at) {
		require(Set.of(AppointmentStatus.CHECKED_IN), "completed");
		this.status = AppointmentStatus.COMPLETED;
		return AppointmentEvent.of(this, "COMPLETED", by, at, null);
	}

	AppointmentEvent markNoShow(String by, Instant at) {
		require(Set.of(AppointmentStatus.BOOKED), "marked a no-show");
		this.status = AppointmentStatus.NO_SHOW;
		return AppointmentEvent.of(this, "NO_SHOW", by, at, null);
	}

	private void require(Set<AppointmentStatus> allowed, String change) {
		if (!allowed.contains(this.status)) {
			throw new ConflictException("illegal-transition", "Not possible in this state", "A "
					+ this.status.name().toLowerCase().replace('_', '-') + " appointment cannot be " + change + ".");
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID patientId() {
		return this.patientId;
	}

	public UUID therapistId() {
		return this.therapistId;
	}

	public UUID clinicId() {
		return this.clinicId;
	}

	public String typeCode() {
		return this.typeCode;
	}

	public boolean involvesDryNeedling() {
		return this.involvesDryNeedling;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public Instant endsAt() {
		return this.endsAt;
	}

	public AppointmentStatus status() {
		return this.status;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	public int version() {
		return (this.version != null) ? this.version : 0;
	}

}
