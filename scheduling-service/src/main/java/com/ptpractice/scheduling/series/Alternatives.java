package com.ptpractice.scheduling.series;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.ptpractice.scheduling.appointmenttypes.AppointmentType;
import com.ptpractice.scheduling.availability.AvailabilityService;
import com.ptpractice.scheduling.availability.Slot;
import com.ptpractice.scheduling.availability.SlotSearch;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import com.ptpractice.scheduling.series.Outcome.Alternative;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The nearest free slot to each refused occurrence, from the availability search (same
 * clinic, the series' therapist if it names one; for needling types only therapists
 * credentialing finds eligible that day), within three days either side, not on top of
 * another occurrence of the series. A convenience: when the search cannot answer, the
 * occurrence simply has no alternative.
 */
@Component
class Alternatives {

	private static final Logger log = LoggerFactory.getLogger(Alternatives.class);

	private static final Duration AROUND = Duration.ofDays(3);

	private final AvailabilityService availability;

	private final Clock clock;

	Alternatives(AvailabilityService availability, Clock clock) {
		this.availability = availability;
		this.clock = clock;
	}

	List<Outcome> addTo(List<Outcome> outcomes, BookSeries request, AppointmentType type, Clinic clinic) {
		return outcomes.stream()
			.map((outcome) -> (outcome.status() == Outcome.Status.REFUSED)
					? outcome.withAlternative(nearest(outcome, outcomes, request, type, clinic).orElse(null)) : outcome)
			.toList();
	}

	private Optional<Alternative> nearest(Outcome refused, List<Outcome> outcomes, BookSeries request,
			AppointmentType type, Clinic clinic) {
		Instant wanted = refused.localStart().atZone(clinic.zoneId()).toInstant();
		Instant now = this.clock.instant();
		Instant from = wanted.minus(AROUND).isBefore(now) ? now : wanted.minus(AROUND);
		Instant to = wanted.plus(AROUND);
		if (!to.isAfter(from)) {
			return Optional.empty();
		}
		try {
			return this.availability
				.freeSlots(new SlotSearch(type.code(), from, to, clinic.id(), null, request.therapistId(),
						AvailabilityService.MAX_SLOTS))
				.stream()
				.filter((slot) -> !clashesWithSeries(slot, outcomes, type))
				.min(Comparator.comparing((Slot slot) -> Duration.between(wanted, slot.startsAt()).abs())
					.thenComparing(Slot::startsAt))
				.map((slot) -> new Alternative(slot.startsAt(), slot.localStart(), slot.therapistId()));
		}
		catch (DependencyUnavailableException ex) {
			log.warn("No alternative slot for a series occurrence: {} unavailable", ex.dependency());
			return Optional.empty();
		}
	}

	private static boolean clashesWithSeries(Slot slot, List<Outcome> outcomes, AppointmentType type) {
		return outcomes.stream()
			.filter((outcome) -> outcome.status() != Outcome.Status.REFUSED && outcome.startsAt() != null)
			.anyMatch((outcome) -> slot.startsAt().isBefore(outcome.startsAt().plus(type.duration()))
					&& outcome.startsAt().isBefore(slot.endsAt()));
	}

}
