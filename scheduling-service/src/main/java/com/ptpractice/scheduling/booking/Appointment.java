package com.ptpractice.scheduling.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

	/** How early before its start a patient may be checked in (arriving at the desk). */
	static final Duration CHECK_IN_EARLY = Duration.ofMinutes(15);

	/** The statuses a correction may move between: what happened at a visit. */
	private static final Set<AppointmentStatus> CORRECTABLE = Set.of(AppointmentStatus.BOOKED,
			AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

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

	/** From {@link #CHECK_IN_EARLY} before the start onward. */
	AppointmentEvent checkIn(String by, Instant at, ZoneId zone) {
		require(Set.of(AppointmentStatus.BOOKED), "checked in");
		requireReached(at, this.startsAt.minus(CHECK_IN_EARLY), zone, "checked in");
		this.status = AppointmentStatus.CHECKED_IN;
		return AppointmentEvent.of(this, "CHECKED_IN", by, at, null);
	}

	/** From the start onward. */
	AppointmentEvent complete(String by, Instant at, ZoneId zone) {
		require(Set.of(AppointmentStatus.CHECKED_IN), "completed");
		requireReached(at, this.startsAt, zone, "completed");
		this.status = AppointmentStatus.COMPLETED;
		return AppointmentEvent.of(this, "COMPLETED", by, at, null);
	}

	/** Only after the start. */
	AppointmentEvent markNoShow(String by, Instant at, ZoneId zone) {
		require(Set.of(AppointmentStatus.BOOKED), "marked a no-show");
		requireReached(at, this.startsAt.plusNanos(1), zone, "marked a no-show");
		this.status = AppointmentStatus.NO_SHOW;
		return AppointmentEvent.of(this, "NO_SHOW", by, at, null);
	}

	/**
	 * Corrects a status recorded by mistake, once the visit has started: between booked,
	 * checked in, completed and no-show (a cancellation is not corrected: the visit is
	 * booked again). The event names who, why, and the status before and after.
	 */
	AppointmentEvent correct(AppointmentStatus to, String by, String reason, Instant at, ZoneId zone) {
		if (!CORRECTABLE.contains(this.status) || !CORRECTABLE.contains(to)) {
			throw new ConflictException("correction-not-possible", "Not a status to correct",
					"Only booked, checked-in, completed and no-show visits are corrected, to one of these. "
							+ "A cancelled visit is booked again instead.");
		}
		if (to == this.status) {
			throw new ConflictException("correction-not-possible", "Nothing to correct",
					"The visit already has this status.");
		}
		requireReached(at, this.startsAt, zone, "corrected");
		AppointmentStatus before = this.status;
		this.status = to;
		return AppointmentEvent.corrected(this, before, by, at, reason);
	}

	private void requireReached(Instant at, Instant from, ZoneId zone, String change) {
		if (at.isBefore(from)) {
			String start = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(this.startsAt.atZone(zone));
			throw new ConflictException("visit-not-started", "Visit has not started", "This visit starts at " + start
					+ " (" + zone.getId() + "); it cannot be " + change + " before then"
					+ (change.equals("checked in") ? " (at most " + CHECK_IN_EARLY.toMinutes() + " minutes early)" : "")
					+ ".");
		}
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
