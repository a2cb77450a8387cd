package com.ptpractice.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.needling.BookingWindow;
import com.ptpractice.scheduling.assignments.AssignmentService;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a visit may be placed, and placing it, as one booking does: the checks of a slot
 * (booking window, quarter hour, not past, working hours, time off) answered as a
 * {@link Refusal} instead of thrown, and the steps inside a booking's transaction (hold
 * the clinic, advisory locks in one order, insert unless the database finds it taken, the
 * BOOKED event). Single bookings throw on a refusal; a series records it for the
 * occurrence and goes on with the next.
 */
@Component
public class VisitPlacement {

	private final AppointmentInserts inserts;

	private final JdbcAggregateTemplate aggregates;

	private final ClinicService clinics;

	private final AssignmentService assignments;

	private final Clock clock;

	private final List<SlotHolds> holds;

	VisitPlacement(AppointmentInserts inserts, JdbcAggregateTemplate aggregates, ClinicService clinics,
			AssignmentService assignments, Clock clock, List<SlotHolds> holds) {
		this.inserts = inserts;
		this.aggregates = aggregates;
		this.clinics = clinics;
		this.assignments = assignments;
		this.clock = clock;
		this.holds = holds;
	}

	/** Why the therapist cannot see a patient at the clinic then, if anything. */
	public Optional<Refusal> refusal(UUID therapistId, Clinic clinic, Instant startsAt, Instant endsAt) {
		Optional<Refusal> input = inputRefusal(clinic, startsAt);
		if (input.isPresent()) {
			return input;
		}
		if (!this.assignments.worksThroughout(therapistId, clinic, startsAt, endsAt)) {
			return Optional.of(this.assignments.offDuring(therapistId, startsAt, endsAt)
					? new Refusal(Refusal.Code.TIME_OFF, "The therapist has time off during this visit.")
					: new Refusal(Refusal.Code.OUTSIDE_WORKING_HOURS,
							"The therapist does not work at this clinic for the whole visit."));
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with the start itself at the clinic (booking window, quarter hour,
	 * past), whoever the therapist.
	 */
	public Optional<Refusal> inputRefusal(Clinic clinic, Instant startsAt) {
		Optional<String> window = BookingWindow.problem(startsAt, clinic.zoneId(), this.clock.instant());
		if (window.isPresent()) {
			return Optional.of(new Refusal(Refusal.Code.OUTSIDE_BOOKING_WINDOW, window.get()));
		}
		LocalTime local = startsAt.atZone(clinic.zoneId()).toLocalTime();
		if (local.getMinute() % 15 != 0 || local.getSecond() != 0 || local.getNano() != 0) {
			return Optional.of(new Refusal(Refusal.Code.NOT_ON_QUARTER_HOUR,
					"must be on the quarter hour (such as 09:00 or 09:15)"));
		}
		if (startsAt.isBefore(this.clock.instant())) {
			return Optional.of(new Refusal(Refusal.Code.IN_THE_PAST, "must not be in the past"));
		}
		return Optional.empty();
	}

	/**
	 * Inside the booking's transaction, before any insert: holds the clinic (still
	 * active, in the state and zone it was checked in) and takes the advisory locks of
	 * every therapist and the patient, in the one global order.
	 */
	public void holdAndLock(Clinic clinic, UUID patientId, Collection<UUID> therapistIds) {
		this.clinics.holdForBooking(clinic);
		this.inserts.lock(keys(patientId, therapistIds));
	}

	/** Locks an idempotency key (or any other key) until the transaction ends. */
	public void lock(String key) {
		this.inserts.lock(key);
	}

	/**
	 * Inside the booking's transaction, after {@link #holdAndLock}: books the visit as an
	 * occurrence of the series unless the time is taken for the therapist or the patient:
	 * by a visit (the database's exclusion constraints) or by a hold still in force (a
	 * waitlist offer; lapsed holds on the time are released first, as a single booking
	 * does).
	 */
	public Optional<ScheduledAppointment> placeUnlessTaken(BookAppointment visit, boolean involvesDryNeedling,
			Instant endsAt, Clinic clinic, UUID seriesId, String by) {
		Instant now = this.clock.instant();
		Appointment appointment = Appointment.book(visit, involvesDryNeedling, endsAt, by, now);
		UUID therapist = appointment.therapistId();
		this.holds.forEach((hold) -> hold.releaseLapsed(therapist, appointment.startsAt(), endsAt, now));
		if (this.holds.stream().anyMatch((hold) -> hold.isHeld(therapist, appointment.startsAt(), endsAt, now))) {
			return Optional.empty();
		}
		if (!this.inserts.insertUnlessTaken(appointment, seriesId)) {
			return Optional.empty();
		}
		this.aggregates.insert(appointment.booked(by, appointment.createdAt()));
		return Optional.of(new ScheduledAppointment(appointment, clinic.zoneId()));
	}

	private static String[] keys(UUID patientId, Collection<UUID> therapistIds) {
		return Stream.concat(therapistIds.stream().map((id) -> "therapist:" + id), Stream.of("patient:" + patientId))
			.toArray(String[]::new);
	}

	/**
	 * Why a visit cannot be placed.
	 *
	 * @param code what kind of refusal
	 * @param message a sentence a front desk can act on
	 */
	public record Refusal(Code code, String message) {

		/** What kind of refusal. */
		public enum Code {

			OUTSIDE_BOOKING_WINDOW, NOT_ON_QUARTER_HOUR, IN_THE_PAST, OUTSIDE_WORKING_HOURS, TIME_OFF

		}

		/** Whether the request itself is wrong (a 400 for one booking). */
		public boolean badInput() {
			return this.code == Code.OUTSIDE_BOOKING_WINDOW || this.code == Code.NOT_ON_QUARTER_HOUR
					|| this.code == Code.IN_THE_PAST;
		}

	}

}
