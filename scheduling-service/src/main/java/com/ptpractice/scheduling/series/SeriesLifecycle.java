package com.ptpractice.scheduling.series;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.common.web.ProblemException;
import com.ptpractice.needling.SeriesMove;
import com.ptpractice.needling.Recurrence.Occurrence;
import com.ptpractice.scheduling.booking.Appointment;
import com.ptpractice.scheduling.booking.AppointmentStatus;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.booking.Reschedule;
import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.needling.DryNeedlingNotAllowed;
import com.ptpractice.scheduling.series.Outcome.OutcomeReason;
import com.ptpractice.scheduling.series.SeriesStore.StoredSeries;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A series after booking: see it with its occurrences, move its future occurrences (each
 * through the single reschedule, so each moved needling visit is decided again at its new
 * instant), cancel from one occurrence on.
 */
@Service
public class SeriesLifecycle {

	/** The longest Idempotency-Key a move takes (each occurrence's move extends it). */
	public static final int MAX_MOVE_KEY = 150;

	private final SeriesStore store;

	private final BookingService booking;

	private final ClinicService clinics;

	private final TransactionTemplate transaction;

	SeriesLifecycle(SeriesStore store, BookingService booking, ClinicService clinics, TransactionTemplate transaction) {
		this.store = store;
		this.booking = booking;
		this.clinics = clinics;
		this.transaction = transaction;
	}

	public SeriesView get(UUID seriesId) {
		StoredSeries stored = find(seriesId);
		ZoneId zone = this.clinics.get(stored.request().clinicId()).zoneId();
		List<ScheduledAppointment> occurrences = this.store.occurrenceIds(seriesId)
			.stream()
			.map(this.booking::get)
			.toList();
		List<Outcome> refused = stored.outcomes()
			.stream()
			.filter((outcome) -> outcome.status() == Outcome.Status.REFUSED)
			.toList();
		return new SeriesView(seriesId, stored.request(), zone, occurrences, refused);
	}

	/**
	 * Moves each live future occurrence that matches, one reschedule each; an occurrence
	 * that cannot move stays where it is and is listed with its reasons. A service that
	 * cannot answer stops the move with a 503 (what moved before stays moved; a retry
	 * with the same key moves the rest).
	 */
	public List<Outcome> move(MoveSeries move, String by, @Nullable String idempotencyKey) {
		SeriesMove shift = move.shift();
		shift.problem().ifPresent((problem) -> {
			throw new InvalidFieldException(problem[0], problem[1]);
		});
		find(move.seriesId());
		List<Outcome> outcomes = new ArrayList<>();
		for (ScheduledAppointment scheduled : liveFrom(move.seriesId(), shift)) {
			outcomes.add(moveOne(scheduled, shift, by, idempotencyKey));
		}
		return outcomes;
	}

	private Outcome moveOne(ScheduledAppointment scheduled, SeriesMove move, String by,
			@Nullable String idempotencyKey) {
		Appointment appointment = scheduled.appointment();
		LocalDateTime local = appointment.startsAt().atZone(scheduled.zone()).toLocalDateTime();
		LocalDateTime target = move.target(local);
		Occurrence placed = move.placed(local, scheduled.zone());
		UUID therapist = move.therapistFor(appointment.therapistId());
		if (placed.startsAt() == null) {
			return Outcome.refused(target, null, therapist, List.of(new OutcomeReason("LOCAL_TIME_DOES_NOT_EXIST",
					"The clocks skip this local time on this date (daylight saving time begins).")));
		}
		String key = (idempotencyKey != null) ? idempotencyKey + ":" + appointment.id() : null;
		try {
			ScheduledAppointment moved = this.booking
				.reschedule(new Reschedule(appointment.id(), placed.startsAt(), move.therapistId()), by, key)
				.scheduled();
			return Outcome.booked(target, moved.appointment().startsAt(), moved.appointment().id(),
					moved.appointment().therapistId());
		}
		catch (DryNeedlingNotAllowed ex) {
			return Outcome.refused(target, placed.startsAt(), therapist,
					ex.decision()
						.reasons()
						.stream()
						.map((reason) -> new OutcomeReason(reason.code().name(), reason.message()))
						.toList());
		}
		catch (InvalidFieldException ex) {
			return Outcome.refused(target, placed.startsAt(), therapist,
					List.of(new OutcomeReason("INVALID_START", ex.field() + " " + ex.getMessage())));
		}
		catch (ProblemException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			return Outcome.refused(target, placed.startsAt(), therapist,
					List.of(new OutcomeReason(ex.slug().toUpperCase().replace('-', '_'), ex.detail())));
		}
	}

	/**
	 * Cancels the occurrence and, with {@code andLater}, every live later one of the
	 * series, in one transaction (an evaluation a needling visit still depends on refuses
	 * the whole cancel).
	 */
	public List<ScheduledAppointment> cancel(UUID seriesId, UUID fromAppointmentId, boolean andLater, String reason,
			String by) {
		find(seriesId);
		List<UUID> ids = this.store.occurrenceIds(seriesId);
		if (!ids.contains(fromAppointmentId)) {
			throw new NotFoundException("appointment", fromAppointmentId);
		}
		ScheduledAppointment from = this.booking.get(fromAppointmentId);
		return this.transaction.execute((status) -> ids.stream()
			.map(this.booking::get)
			.filter((scheduled) -> scheduled.appointment().id().equals(fromAppointmentId)
					|| (andLater && scheduled.appointment().status() == AppointmentStatus.BOOKED
							&& scheduled.appointment().startsAt().isAfter(from.appointment().startsAt())))
			.map((scheduled) -> this.booking.cancel(scheduled.appointment().id(), reason, by))
			.toList());
	}

	private List<ScheduledAppointment> liveFrom(UUID seriesId, SeriesMove move) {
		return this.store.occurrenceIds(seriesId)
			.stream()
			.map(this.booking::get)
			.filter((scheduled) -> scheduled.appointment().status() == AppointmentStatus.BOOKED)
			.filter((scheduled) -> move
				.moves(scheduled.appointment().startsAt().atZone(scheduled.zone()).toLocalDateTime()))
			.toList();
	}

	private StoredSeries find(UUID seriesId) {
		return this.store.find(seriesId).orElseThrow(() -> new NotFoundException("series", seriesId));
	}

	/**
	 * A series as it stands.
	 *
	 * @param id the series
	 * @param request what was asked
	 * @param zone the clinic's zone
	 * @param occurrences its appointments in start order, any status
	 * @param refused the occurrences refused when it was booked, with reasons
	 */
	public record SeriesView(UUID id, BookSeries request, ZoneId zone, List<ScheduledAppointment> occurrences,
			List<Outcome> refused) {
	}

}
