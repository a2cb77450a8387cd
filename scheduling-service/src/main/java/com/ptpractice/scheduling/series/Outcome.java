package com.ptpractice.scheduling.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of one occurrence of a series.
 *
 * @param localStart its clinic-local start
 * @param startsAt its instant (null when the local time does not exist that day)
 * @param status BOOKED, REFUSED or NOT_BOOKED (all or nothing, another refused)
 * @param appointmentId the booked appointment
 * @param therapistId the therapist it is (or would have been) with
 * @param reasons why it was refused: every reason, needling reasons by their codes
 * @param alternative the nearest free slot found for a refused occurrence
 */
public record Outcome(LocalDateTime localStart, @Nullable Instant startsAt, Status status, @Nullable UUID appointmentId,
		@Nullable UUID therapistId, List<OutcomeReason> reasons, @Nullable Alternative alternative) {

	static Outcome booked(LocalDateTime localStart, Instant startsAt, UUID appointmentId, UUID therapistId) {
		return new Outcome(localStart, startsAt, Status.BOOKED, appointmentId, therapistId, List.of(), null);
	}

	static Outcome refused(LocalDateTime localStart, @Nullable Instant startsAt, @Nullable UUID therapistId,
			List<OutcomeReason> reasons) {
		return new Outcome(localStart, startsAt, Status.REFUSED, null, therapistId, reasons, null);
	}

	/** The same occurrence when the series booked nothing (all or nothing). */
	Outcome notBooked() {
		return booked() ? new Outcome(this.localStart, this.startsAt, Status.NOT_BOOKED, null, this.therapistId,
				List.of(), null) : this;
	}

	Outcome withAlternative(@Nullable Alternative alternative) {
		return new Outcome(this.localStart, this.startsAt, this.status, this.appointmentId, this.therapistId,
				this.reasons, alternative);
	}

	public boolean booked() {
		return this.status == Status.BOOKED;
	}

	/** Booked or refused. */
	public enum Status {

		/** Booked: {@code appointmentId} names the visit. */
		BOOKED,

		/** Refused, with every reason. */
		REFUSED,

		/**
		 * Could have been booked, but another occurrence was refused and the series was
		 * all or nothing.
		 */
		NOT_BOOKED

	}

	/**
	 * Why an occurrence was refused.
	 *
	 * @param code a stable code: a needling reason's code, or SLOT_TAKEN,
	 * OUTSIDE_WORKING_HOURS, TIME_OFF, NO_FREE_THERAPIST, LOCAL_TIME_DOES_NOT_EXIST,
	 * OUTSIDE_BOOKING_WINDOW, IN_THE_PAST, NOT_ON_QUARTER_HOUR
	 * @param message a sentence a front desk can act on
	 */
	public record OutcomeReason(String code, String message) {

	}

	/**
	 * A free slot near a refused occurrence.
	 *
	 * @param startsAt when it starts
	 * @param localStart its clinic-local start
	 * @param therapistId with whom
	 */
	public record Alternative(Instant startsAt, LocalDateTime localStart, UUID therapistId) {

	}

}
