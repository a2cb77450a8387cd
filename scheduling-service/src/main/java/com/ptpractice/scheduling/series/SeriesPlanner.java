package com.ptpractice.scheduling.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Recurrence.Occurrence;
import com.ptpractice.scheduling.appointmenttypes.AppointmentType;
import com.ptpractice.scheduling.availability.AvailabilityService;
import com.ptpractice.scheduling.availability.Slot;
import com.ptpractice.scheduling.availability.SlotSearch;
import com.ptpractice.scheduling.booking.VisitPlacement;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions.Parts;
import com.ptpractice.scheduling.series.Outcome.OutcomeReason;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Before the series' transaction: places each occurrence at its instant, checks its slot
 * as a single booking would (window, hours, time off), picks the therapist when any
 * eligible one will do, and asks the other services for the parts of each needling
 * decision at the occurrence's own instant (a service that cannot answer fails the whole
 * series with a 503).
 */
@Component
class SeriesPlanner {

	/** How many free therapists "any eligible" tries for one needling occurrence. */
	private static final int CANDIDATES = 3;

	private final VisitPlacement placement;

	private final AvailabilityService availability;

	private final DryNeedlingDecisions needling;

	SeriesPlanner(VisitPlacement placement, AvailabilityService availability, DryNeedlingDecisions needling) {
		this.placement = placement;
		this.availability = availability;
		this.needling = needling;
	}

	List<Plan> plan(BookSeries request, AppointmentType type, Clinic clinic) {
		List<Plan> plans = new ArrayList<>();
		for (Occurrence occurrence : request.recurrence().occurrences(clinic.zoneId())) {
			plans.add(planOne(request, type, clinic, occurrence));
		}
		return plans;
	}

	private Plan planOne(BookSeries request, AppointmentType type, Clinic clinic, Occurrence occurrence) {
		Instant startsAt = occurrence.startsAt();
		if (startsAt == null) {
			return Plan.refused(occurrence, request.therapistId(), new OutcomeReason("LOCAL_TIME_DOES_NOT_EXIST",
					"The clocks skip this local time on this date (daylight saving time begins)."));
		}
		Instant endsAt = startsAt.plus(type.duration());
		if (request.therapistId() != null) {
			UUID therapist = request.therapistId();
			Optional<VisitPlacement.Refusal> refusal = this.placement.refusal(therapist, clinic, startsAt, endsAt);
			if (refusal.isPresent()) {
				return Plan.refused(occurrence, therapist,
						new OutcomeReason(refusal.get().code().name(), refusal.get().message()));
			}
			return new Plan(occurrence, therapist, endsAt, List.of(),
					type.involvesDryNeedling() ? ask(request, therapist, clinic, startsAt) : null);
		}
		return planWithAnyTherapist(request, type, clinic, occurrence, startsAt, endsAt);
	}

	/**
	 * For needling types, first what holds whoever the therapist is (the state's law, the
	 * patient's readiness, the prior evaluation): a refusal there refuses the visit with
	 * its reasons, as the gateway's guard refuses it. Then the free therapists at that
	 * instant (for needling types only those credentialing finds eligible that day), the
	 * first whose decision at the instant allows the visit.
	 */
	private Plan planWithAnyTherapist(BookSeries request, AppointmentType type, Clinic clinic, Occurrence occurrence,
			Instant startsAt, Instant endsAt) {
		Optional<VisitPlacement.Refusal> window = this.placement.inputRefusal(clinic, startsAt);
		if (window.isPresent()) {
			return Plan.refused(occurrence, null,
					new OutcomeReason(window.get().code().name(), window.get().message()));
		}
		if (type.involvesDryNeedling()) {
			Decision whoever = this.needling.decideWhoeverTheTherapist(request.patientId(), clinic.state(),
					clinic.zoneId(), startsAt);
			if (!whoever.eligible()) {
				return new Plan(occurrence, null, null,
						whoever.reasons()
							.stream()
							.map((reason) -> new OutcomeReason(reason.code().name(), reason.message()))
							.toList(),
						null);
			}
		}
		List<UUID> free = this.availability
			.freeSlots(new SlotSearch(type.code(), startsAt, startsAt.plusSeconds(1), clinic.id(), null, null,
					AvailabilityService.MAX_SLOTS))
			.stream()
			.filter((slot) -> slot.startsAt().equals(startsAt))
			.map(Slot::therapistId)
			.toList();
		if (free.isEmpty()) {
			return Plan.refused(occurrence, null, new OutcomeReason("NO_FREE_THERAPIST",
					"No therapist who may see this visit is free at this clinic then."));
		}
		if (!type.involvesDryNeedling()) {
			return new Plan(occurrence, free.get(0), endsAt, List.of(), null);
		}
		Plan first = null;
		for (UUID therapist : free.subList(0, Math.min(CANDIDATES, free.size()))) {
			Parts parts = ask(request, therapist, clinic, startsAt);
			Plan plan = new Plan(occurrence, therapist, endsAt, List.of(), parts);
			if (this.needling.decide(parts).eligible()) {
				return plan;
			}
			first = (first != null) ? first : plan;
		}
		return first;
	}

	private Parts ask(BookSeries request, UUID therapist, Clinic clinic, Instant startsAt) {
		return this.needling.ask(request.patientId(), therapist, clinic.state(), clinic.zoneId(), startsAt);
	}

	/**
	 * One occurrence, ready for the transaction.
	 *
	 * @param occurrence where it falls
	 * @param therapistId with whom (null when no one could be found)
	 * @param endsAt its end
	 * @param refusals why it is refused already, if it is
	 * @param needling the parts of its needling decision, for needling types
	 */
	record Plan(Occurrence occurrence, @Nullable UUID therapistId, @Nullable Instant endsAt,
			List<OutcomeReason> refusals, @Nullable Parts needling) {

		static Plan refused(Occurrence occurrence, @Nullable UUID therapistId, OutcomeReason reason) {
			return new Plan(occurrence, therapistId, null, List.of(reason), null);
		}

	}

}
