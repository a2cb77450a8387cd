package com.ptpractice.scheduling.finder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.scheduling.availability.AvailabilityService;
import com.ptpractice.scheduling.availability.Slot;
import com.ptpractice.scheduling.eligibility.CredentialingDecisions;
import com.ptpractice.scheduling.finder.FinderQueries.Candidate;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Finds clinics that offer dry needling. A clinic qualifies when credentialing's batch
 * decision finds at least one therapist assigned there eligible in its state now (a
 * prohibited state has none); one batch per state, never one call per clinic. Its next
 * slot comes from the availability search (one query for all clinics). If credentialing
 * cannot answer, the whole search fails (503): no clinic is listed without a positive
 * decision.
 */
@Service
public class ClinicFinder {

	/** At most this many clinics are considered (nearest or by name first). */
	static final int MAX_CANDIDATES = 200;

	/** At most this many clinics are answered. */
	public static final int MAX_CLINICS = 50;

	/** How far ahead the next needling slot is looked for. */
	public static final Duration LOOK_AHEAD = Duration.ofDays(14);

	static final String NEEDLING_TYPE = "DRY_NEEDLING";

	private final FinderQueries queries;

	private final CredentialingDecisions credentialing;

	private final AvailabilityService availability;

	private final Clock clock;

	ClinicFinder(FinderQueries queries, CredentialingDecisions credentialing, AvailabilityService availability,
			Clock clock) {
		this.queries = queries;
		this.credentialing = credentialing;
		this.availability = availability;
		this.clock = clock;
	}

	public List<FoundClinic> find(FinderCriteria criteria) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<Candidate> candidates = this.queries.candidates(criteria, today.minusDays(1),
				today.plusDays(LOOK_AHEAD.toDays() + 1), MAX_CANDIDATES);
		List<Candidate> offering = offeringNeedlingNow(candidates, now);
		Map<UUID, Slot> nextSlots = this.availability.earliestFreeSlotPerClinic(NEEDLING_TYPE, now,
				now.plus(LOOK_AHEAD), offering.stream().map(Candidate::id).toList());
		return offering.stream().map((clinic) -> found(clinic, nextSlots.get(clinic.id()))).toList();
	}

	/**
	 * The candidates with an eligible therapist, in order, at most {@link #MAX_CLINICS}.
	 * Decided at the current minute, so that repeated public searches reuse
	 * credentialing's cached batch.
	 */
	private List<Candidate> offeringNeedlingNow(List<Candidate> candidates, Instant now) {
		Instant decidedAt = now.truncatedTo(ChronoUnit.MINUTES);
		Map<String, Set<UUID>> therapistsByState = candidates.stream()
			.collect(Collectors.groupingBy(Candidate::state, LinkedHashMap::new,
					Collectors.flatMapping((clinic) -> clinic.therapistIds().stream(), Collectors.toSet())));
		Map<String, Set<UUID>> eligibleByState = new LinkedHashMap<>();
		therapistsByState.forEach((state, therapists) -> eligibleByState.put(state,
				this.credentialing.eligibleForDryNeedling(state, decidedAt, therapists)));
		return candidates.stream()
			.filter((clinic) -> clinic.therapistIds().stream().anyMatch(eligibleByState.get(clinic.state())::contains))
			.limit(MAX_CLINICS)
			.toList();
	}

	private static FoundClinic found(Candidate clinic, @Nullable Slot next) {
		Double distance = (clinic.distanceKm() != null) ? Math.round(clinic.distanceKm() * 10) / 10.0 : null;
		FoundClinic.NextSlot slot = (next != null) ? new FoundClinic.NextSlot(next.startsAtInZone(), next.localStart())
				: null;
		return new FoundClinic(clinic.id(), clinic.name(), clinic.addressLine1(), clinic.addressLine2(), clinic.city(),
				clinic.state(), clinic.postalCode(), clinic.phone(), clinic.zoneId(), clinic.latitude(),
				clinic.longitude(), distance, slot);
	}

}
