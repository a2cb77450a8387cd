package com.ptpractice.scheduling.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.common.web.ProblemException;
import com.ptpractice.common.web.UnprocessableException;
import com.ptpractice.needling.BookingWindow;
import com.ptpractice.scheduling.appointmenttypes.AppointmentType;
import com.ptpractice.scheduling.appointmenttypes.AppointmentTypeCatalog;
import com.ptpractice.scheduling.booking.AppointmentInserts.Remembered;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.eligibility.TherapistLogins;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions.Parts;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions;
import com.ptpractice.scheduling.needling.PriorEvaluations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books and reschedules appointments so that no two live ones overlap for a therapist or
 * a patient, re-checking the needling rule inside the booking. Calls to other services
 * happen before the transaction, so no lock is held while waiting on the network; the
 * transaction itself is short: advisory locks, the needling decision with the patient's
 * evaluation as it stands under the lock, one insert or update, the event.
 */
@Service
public class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final Appointments appointments;

	private final AppointmentInserts inserts;

	private final JdbcAggregateTemplate aggregates;

	private final AppointmentTypeCatalog types;

	private final ClinicService clinics;

	private final VisitPlacement placement;

	private final DryNeedlingDecisions needling;

	private final PriorEvaluations evaluations;

	private final TherapistLogins therapistLogins;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final List<SlotHolds> holds;

	private final ApplicationEventPublisher events;

	BookingService(Appointments appointments, AppointmentInserts inserts, JdbcAggregateTemplate aggregates,
			AppointmentTypeCatalog types, ClinicService clinics, VisitPlacement placement,
			DryNeedlingDecisions needling, PriorEvaluations evaluations, TherapistLogins therapistLogins,
			TransactionTemplate transaction, Clock clock, List<SlotHolds> holds, ApplicationEventPublisher events) {
		this.appointments = appointments;
		this.inserts = inserts;
		this.aggregates = aggregates;
		this.types = types;
		this.clinics = clinics;
		this.placement = placement;
		this.needling = needling;
		this.evaluations = evaluations;
		this.therapistLogins = therapistLogins;
		this.transaction = transaction;
		this.clock = clock;
		this.holds = holds;
		this.events = events;
	}

	/**
	 * Books, or with a key already used by this caller for the same request returns what
	 * that booking made (same key, other request: 422).
	 */
	public Booking book(BookAppointment request, String caller, @Nullable String idempotencyKey) {
		return book(request, caller, idempotencyKey, BookingClaim.NONE);
	}

	/**
	 * Books like {@link #book(BookAppointment, String, String)}, and inside the booking's
	 * transaction, after its locks and the needling decision, lets {@code claim} take
	 * what the booking is made for (a waitlist offer) before the visit is written.
	 */
	public Booking book(BookAppointment request, String caller, @Nullable String idempotencyKey, BookingClaim claim) {
		Optional<ScheduledAppointment> replay = replay(request, caller, idempotencyKey);
		if (replay.isPresent()) {
			return new Booking(replay.get(), true);
		}
		AppointmentType type = this.types.bookable(request.typeCode())
			.orElseThrow(() -> new InvalidFieldException("type", "is not a bookable appointment type"));
		Clinic clinic = this.clinics.get(request.clinicId());
		ClinicService.requireActive(clinic);
		requireBookable(request.startsAt(), clinic);
		Instant endsAt = request.startsAt().plus(type.duration());
		checkSlot(request.therapistId(), clinic, request.startsAt(), endsAt);
		Parts needling = type.involvesDryNeedling()
				? askNeedling(request.patientId(), request.therapistId(), clinic, request.startsAt()) : null;
		Instant now = this.clock.instant();
		Appointment appointment = Appointment.book(request, type.involvesDryNeedling(), endsAt, caller, now);
		return this.transaction
			.execute((status) -> insert(appointment, request, caller, idempotencyKey, clinic, needling, claim));
	}

	private Booking insert(Appointment appointment, BookAppointment request, String caller,
			@Nullable String idempotencyKey, Clinic clinic, @Nullable Parts needling, BookingClaim claim) {
		if (idempotencyKey != null) {
			this.inserts.lock("idempotency:" + caller + ":" + idempotencyKey);
			Optional<ScheduledAppointment> replay = replay(request, caller, idempotencyKey);
			if (replay.isPresent()) {
				return new Booking(replay.get(), true);
			}
		}
		this.clinics.holdForBooking(clinic);
		this.inserts.lock("therapist:" + appointment.therapistId(), "patient:" + appointment.patientId());
		if (needling != null) {
			this.needling.require(needling);
		}
		claim.claim(appointment.id());
		releaseLapsedHolds(appointment.therapistId(), appointment.startsAt(), appointment.endsAt());
		if (!this.inserts.insertUnlessTaken(appointment)) {
			throw slotTaken();
		}
		this.aggregates.insert(appointment.booked(appointment.createdBy(), appointment.createdAt()));
		if (idempotencyKey != null) {
			this.inserts.remember(caller, idempotencyKey, request.hash(), appointment.id(), appointment.createdAt());
		}
		log.info("Appointment {} booked at clinic {}", appointment.id(), clinic.id());
		return new Booking(new ScheduledAppointment(appointment, clinic.zoneId()), false);
	}

	private Optional<ScheduledAppointment> replay(BookAppointment request, String caller,
			@Nullable String idempotencyKey) {
		return replay(caller, idempotencyKey, request.hash());
	}

	private Optional<ScheduledAppointment> replay(String caller, @Nullable String idempotencyKey, String requestHash) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return this.inserts.remembered(caller, idempotencyKey).map((remembered) -> replayed(remembered, requestHash));
	}

	private ScheduledAppointment replayed(Remembered remembered, String requestHash) {
		if (!remembered.requestHash().equals(requestHash)) {
			throw new UnprocessableException("idempotency-key-reused", "Idempotency key already used",
					"This Idempotency-Key was used for a different request. Use a new key for a new booking "
							+ "or reschedule.");
		}
		return get(remembered.appointmentId());
	}

	/**
	 * Moves the appointment to another start (and optionally therapist) in one
	 * transaction, with the same checks as a booking, the needling decision included for
	 * the new instant and therapist. With an idempotency key, a retry of the same move
	 * answers the appointment as the first move left it.
	 */
	public Booking reschedule(Reschedule move, String by, @Nullable String idempotencyKey) {
		Optional<ScheduledAppointment> replay = replay(by, idempotencyKey, move.hash());
		if (replay.isPresent()) {
			return new Booking(replay.get(), true);
		}
		Appointment appointment = find(move.appointmentId());
		Clinic clinic = this.clinics.get(appointment.clinicId());
		ClinicService.requireActive(clinic);
		requireBookable(move.startsAt(), clinic);
		UUID therapist = (move.therapistId() != null) ? move.therapistId() : appointment.therapistId();
		Instant endsAt = move.startsAt().plus(Duration.between(appointment.startsAt(), appointment.endsAt()));
		checkSlot(therapist, clinic, move.startsAt(), endsAt);
		Parts needling = appointment.involvesDryNeedling()
				? askNeedling(appointment.patientId(), therapist, clinic, move.startsAt()) : null;
		return this.transaction.execute((status) -> {
			if (idempotencyKey != null) {
				this.inserts.lock("idempotency:" + by + ":" + idempotencyKey);
				Optional<ScheduledAppointment> replayed = replay(by, idempotencyKey, move.hash());
				if (replayed.isPresent()) {
					return new Booking(replayed.get(), true);
				}
			}
			this.clinics.holdForBooking(clinic);
			this.inserts.lock("therapist:" + therapist, "therapist:" + appointment.therapistId(),
					"patient:" + appointment.patientId());
			if (needling != null) {
				this.needling.require(needling);
			}
			Instant now = this.clock.instant();
			Instant before = appointment.startsAt();
			VisitTimeFreed freed = freed(appointment, now, by);
			releaseLapsedHolds(therapist, move.startsAt(), endsAt);
			AppointmentEvent event = appointment.reschedule(therapist, move.startsAt(), endsAt, by, now);
			Appointment saved = this.appointments.save(appointment);
			this.aggregates.insert(event);
			this.events.publishEvent(freed);
			keepEvaluationUnderItsVisits(saved, before);
			if (idempotencyKey != null) {
				this.inserts.remember(by, idempotencyKey, move.hash(), saved.id(), now);
			}
			return new Booking(new ScheduledAppointment(saved, clinic.zoneId()), false);
		});
	}

	/** Cancels; the time it took is published as {@link VisitTimeFreed}. */
	public ScheduledAppointment cancel(UUID id, String reason, String by) {
		return change(id, (appointment, at, zone) -> {
			AppointmentEvent cancelled = appointment.cancel(by, reason, at);
			this.events.publishEvent(freed(appointment, at, by));
			return cancelled;
		});
	}

	private static VisitTimeFreed freed(Appointment appointment, Instant at, String by) {
		return new VisitTimeFreed(appointment.id(), appointment.therapistId(), appointment.clinicId(),
				appointment.startsAt(), appointment.endsAt(), at, by);
	}

	/** Inside the transaction, after the therapist's lock: holds lapsed by now let go. */
	private void releaseLapsedHolds(UUID therapistId, Instant startsAt, Instant endsAt) {
		Instant now = this.clock.instant();
		this.holds.forEach((hold) -> hold.releaseLapsed(therapistId, startsAt, endsAt, now));
	}

	public ScheduledAppointment checkIn(UUID id, String by, boolean ownVisitsOnly) {
		UUID own = ownVisitsOnly ? this.therapistLogins.therapistOfCaller() : null;
		return change(id, (appointment, at, zone) -> {
			requireOwn(appointment, own);
			return appointment.checkIn(by, at, zone);
		});
	}

	/**
	 * Completes the visit; with {@code ownVisitsOnly} (a therapist) only a visit of the
	 * therapist the caller's login is linked to.
	 */
	public ScheduledAppointment complete(UUID id, String by, boolean ownVisitsOnly) {
		UUID own = ownVisitsOnly ? this.therapistLogins.therapistOfCaller() : null;
		return change(id, (appointment, at, zone) -> {
			requireOwn(appointment, own);
			return appointment.complete(by, at, zone);
		});
	}

	/** Marks a no-show; {@code ownVisitsOnly} as for {@link #complete}. */
	public ScheduledAppointment markNoShow(UUID id, String by, boolean ownVisitsOnly) {
		UUID own = ownVisitsOnly ? this.therapistLogins.therapistOfCaller() : null;
		return change(id, (appointment, at, zone) -> {
			requireOwn(appointment, own);
			return appointment.markNoShow(by, at, zone);
		});
	}

	/**
	 * Corrects a status recorded by mistake: an explicit event naming who and why (an
	 * evaluation a needling visit depends on stays guarded).
	 */
	public ScheduledAppointment correct(UUID id, AppointmentStatus to, String reason, String by) {
		return change(id, (appointment, at, zone) -> appointment.correct(to, by, reason, at, zone));
	}

	private static void requireOwn(Appointment appointment, @Nullable UUID own) {
		if (own != null && !own.equals(appointment.therapistId())) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "not-your-visit", "Not your visit",
					"Therapists complete or mark no-shows only for their own visits. Ask the front desk.");
		}
	}

	public ScheduledAppointment get(UUID id) {
		Appointment appointment = find(id);
		return new ScheduledAppointment(appointment, this.clinics.get(appointment.clinicId()).zoneId());
	}

	/**
	 * Applies a transition under the patient's lock (the lock a booking deciding on the
	 * patient's evaluation holds), so that an evaluation is never cancelled or no-showed
	 * from under a needling visit being booked on it.
	 */
	private ScheduledAppointment change(UUID id, Transition transition) {
		UUID patient = find(id).patientId();
		return this.transaction.execute((status) -> {
			this.inserts.lock("patient:" + patient);
			Appointment appointment = find(id);
			ZoneId zone = this.clinics.get(appointment.clinicId()).zoneId();
			AppointmentEvent event = transition.apply(appointment, this.clock.instant(), zone);
			Appointment saved = this.appointments.save(appointment);
			this.aggregates.insert(event);
			keepEvaluationUnderItsVisits(saved, saved.startsAt());
			return new ScheduledAppointment(saved, zone);
		});
	}

	/**
	 * After a change to an initial evaluation (inside its transaction, under the
	 * patient's lock): refuses it if a later live needling visit of the patient is left
	 * without a qualifying evaluation before it. {@code before} is where the evaluation
	 * started before the change: only visits after it can have depended on it.
	 */
	private void keepEvaluationUnderItsVisits(Appointment changed, Instant before) {
		if (PriorEvaluations.isEvaluation(changed.typeCode())) {
			this.evaluations.requireKept(changed.patientId(), before);
		}
	}

	private Appointment find(UUID id) {
		return this.appointments.findById(id).orElseThrow(() -> new NotFoundException("appointment", id));
	}

	/**
	 * A visit starts within the booking window: from the clinic's today to two years
	 * ahead. Checked before anything else uses the instant.
	 */
	private void requireBookable(Instant startsAt, Clinic clinic) {
		BookingWindow.problem(startsAt, clinic.zoneId(), this.clock.instant()).ifPresent((problem) -> {
			throw new InvalidFieldException("startsAt", problem);
		});
	}

	private Parts askNeedling(UUID patientId, UUID therapistId, Clinic clinic, Instant startsAt) {
		return this.needling.ask(patientId, therapistId, clinic.state(), clinic.zoneId(), startsAt);
	}

	private void checkSlot(UUID therapistId, Clinic clinic, Instant startsAt, Instant endsAt) {
		this.placement.refusal(therapistId, clinic, startsAt, endsAt).ifPresent((refusal) -> {
			if (refusal.badInput()) {
				throw new InvalidFieldException("startsAt", refusal.message());
			}
			throw new UnprocessableException("outside-working-hours", "Therapist not working then",
					"The therapist does not work at this clinic for the whole visit (hours or time off). "
							+ "Pick a slot from the availability search.");
		});
	}

	private static ConflictException slotTaken() {
		return new ConflictException("slot-taken", "Slot taken",
				"Someone else booked an overlapping time for this therapist or patient. Pick another slot.");
	}

	/** A booking's outcome: the appointment, and whether it was a replay of a retry. */
	public record Booking(ScheduledAppointment scheduled, boolean replayed) {
	}

	@FunctionalInterface
	private interface Transition {

		AppointmentEvent apply(Appointment appointment, Instant at, ZoneId zone);

	}

}
