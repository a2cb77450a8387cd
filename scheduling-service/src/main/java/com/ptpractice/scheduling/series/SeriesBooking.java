package com.ptpractice.scheduling.series;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.UnprocessableException;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Recurrence.Occurrence;
import com.ptpractice.scheduling.appointmenttypes.AppointmentType;
import com.ptpractice.scheduling.appointmenttypes.AppointmentTypeCatalog;
import com.ptpractice.scheduling.booking.BookAppointment;
import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.scheduling.booking.VisitPlacement;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions;
import com.ptpractice.scheduling.series.Outcome.OutcomeReason;
import com.ptpractice.scheduling.series.SeriesPlanner.Plan;
import com.ptpractice.scheduling.series.SeriesStore.Remembered;
import com.ptpractice.scheduling.series.SeriesStore.StoredSeries;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books a series in one request. Everything that asks another service happens first (each
 * occurrence's slot checks, the therapist for "any eligible", the parts of each needling
 * decision); then one transaction holds the clinic, locks every therapist and the patient
 * in the one global order (the locks single bookings take), and for each occurrence
 * decides needling at its own instant and inserts unless the database's exclusion
 * constraints find the time taken. All or nothing rolls the whole transaction back when
 * one occurrence fails. Refused occurrences get the nearest free slot after the commit.
 */
@Service
public class SeriesBooking {

	private static final Logger log = LoggerFactory.getLogger(SeriesBooking.class);

	private final SeriesStore store;

	private final SeriesPlanner planner;

	private final Alternatives alternatives;

	private final AppointmentTypeCatalog types;

	private final ClinicService clinics;

	private final VisitPlacement placement;

	private final DryNeedlingDecisions needling;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SeriesBooking(SeriesStore store, SeriesPlanner planner, Alternatives alternatives, AppointmentTypeCatalog types,
			ClinicService clinics, VisitPlacement placement, DryNeedlingDecisions needling,
			TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.planner = planner;
		this.alternatives = alternatives;
		this.types = types;
		this.clinics = clinics;
		this.placement = placement;
		this.needling = needling;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Books the series, or with a key already used by this caller for the same request
	 * answers what that request made (same key, other request: 422).
	 */
	public BookedSeries book(BookSeries request, String caller, @Nullable String idempotencyKey) {
		Optional<BookedSeries> replay = replay(request, caller, idempotencyKey);
		if (replay.isPresent()) {
			return replay.get();
		}
		request.recurrence().problem().ifPresent((problem) -> {
			throw new InvalidFieldException(problem[0], problem[1]);
		});
		AppointmentType type = this.types.bookable(request.typeCode())
			.orElseThrow(() -> new InvalidFieldException("type", "is not a bookable appointment type"));
		Clinic clinic = this.clinics.get(request.clinicId());
		ClinicService.requireActive(clinic);
		LocalDate today = this.clock.instant().atZone(clinic.zoneId()).toLocalDate();
		if (request.recurrence().firstDate().isBefore(today)) {
			throw new InvalidFieldException("firstDate", "must not be before today at the clinic");
		}
		List<Plan> plans = this.planner.plan(request, type, clinic);
		UUID seriesId = UUID.randomUUID();
		BookedSeries booked;
		try {
			booked = this.transaction
				.execute((status) -> place(seriesId, request, type, clinic, plans, caller, idempotencyKey));
		}
		catch (SeriesNotBooked ex) {
			log.info("Series refused at clinic {}: all or nothing, nothing booked", clinic.id());
			throw new SeriesNotBooked(this.alternatives.addTo(ex.outcomes(), request, type, clinic), ex.zoneId());
		}
		if (booked.replayed()) {
			return booked;
		}
		List<Outcome> answered = this.alternatives.addTo(booked.outcomes(), request, type, clinic);
		this.transaction.executeWithoutResult((status) -> this.store.saveOutcomes(seriesId, answered));
		log.info("Series {} booked at clinic {}: {} of {} occurrences", seriesId, clinic.id(),
				answered.stream().filter(Outcome::booked).count(), answered.size());
		return new BookedSeries(seriesId, clinic.zoneId().getId(), answered, false);
	}

	private BookedSeries place(UUID seriesId, BookSeries request, AppointmentType type, Clinic clinic, List<Plan> plans,
			String caller, @Nullable String idempotencyKey) {
		if (idempotencyKey != null) {
			this.placement.lock("series-idempotency:" + caller + ":" + idempotencyKey);
			Optional<BookedSeries> replay = replay(request, caller, idempotencyKey);
			if (replay.isPresent()) {
				return replay.get();
			}
		}
		Instant now = this.clock.instant();
		this.store.insert(seriesId, request, caller, now);
		Set<UUID> therapists = new LinkedHashSet<>();
		plans.stream().map(Plan::therapistId).filter(Objects::nonNull).forEach(therapists::add);
		this.placement.holdAndLock(clinic, request.patientId(), therapists);
		List<Outcome> outcomes = new ArrayList<>();
		for (Plan plan : plans) {
			outcomes.add(placeOne(seriesId, request, type, clinic, plan, caller));
		}
		if (request.mode() == SeriesMode.ALL_OR_NOTHING && !outcomes.stream().allMatch(Outcome::booked)) {
			throw new SeriesNotBooked(outcomes.stream().map(Outcome::notBooked).toList(), clinic.zoneId().getId());
		}
		this.store.saveOutcomes(seriesId, outcomes);
		if (idempotencyKey != null) {
			this.store.remember(caller, idempotencyKey, request.hash(), seriesId, now);
		}
		return new BookedSeries(seriesId, clinic.zoneId().getId(), outcomes, false);
	}

	/** Inside the transaction, under the locks: decides needling, then inserts. */
	private Outcome placeOne(UUID seriesId, BookSeries request, AppointmentType type, Clinic clinic, Plan plan,
			String caller) {
		Occurrence occurrence = plan.occurrence();
		if (!plan.refusals().isEmpty() || plan.therapistId() == null || occurrence.startsAt() == null
				|| plan.endsAt() == null) {
			return Outcome.refused(occurrence.localStart(), occurrence.startsAt(), plan.therapistId(), plan.refusals());
		}
		if (plan.needling() != null) {
			Decision decision = this.needling.decide(plan.needling());
			if (!decision.eligible()) {
				return Outcome.refused(occurrence.localStart(), occurrence.startsAt(), plan.therapistId(),
						decision.reasons()
							.stream()
							.map((reason) -> new OutcomeReason(reason.code().name(), reason.message()))
							.toList());
			}
		}
		BookAppointment visit = new BookAppointment(request.patientId(), plan.therapistId(), clinic.id(), type.code(),
				occurrence.startsAt());
		Optional<ScheduledAppointment> placed = this.placement.placeUnlessTaken(visit, type.involvesDryNeedling(),
				plan.endsAt(), clinic, seriesId, caller);
		return placed
			.map((scheduled) -> Outcome.booked(occurrence.localStart(), occurrence.startsAt(),
					scheduled.appointment().id(), plan.therapistId()))
			.orElseGet(() -> Outcome.refused(occurrence.localStart(), occurrence.startsAt(), plan.therapistId(),
					List.of(new OutcomeReason("SLOT_TAKEN",
							"Another visit of this therapist or patient overlaps this time."))));
	}

	private Optional<BookedSeries> replay(BookSeries request, String caller, @Nullable String idempotencyKey) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return this.store.remembered(caller, idempotencyKey).map((remembered) -> replayed(remembered, request));
	}

	private BookedSeries replayed(Remembered remembered, BookSeries request) {
		if (!remembered.requestHash().equals(request.hash()) || remembered.seriesId() == null) {
			throw new UnprocessableException("idempotency-key-reused", "Idempotency key already used",
					"This Idempotency-Key was used for a different request. Use a new key for a new series.");
		}
		StoredSeries stored = this.store.find(remembered.seriesId()).orElseThrow();
		Clinic clinic = this.clinics.get(stored.request().clinicId());
		return new BookedSeries(stored.id(), clinic.zoneId().getId(), stored.outcomes(), true);
	}

	/**
	 * A series' first answer.
	 *
	 * @param seriesId the series
	 * @param zoneId its clinic's zone
	 * @param outcomes every occurrence, in date order
	 * @param replayed whether this answers a retry
	 */
	public record BookedSeries(UUID seriesId, String zoneId, List<Outcome> outcomes, boolean replayed) {
	}

}
