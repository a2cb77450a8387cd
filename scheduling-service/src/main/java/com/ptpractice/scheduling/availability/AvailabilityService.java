package com.ptpractice.scheduling.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ptpractice.scheduling.appointmenttypes.AppointmentType;
import com.ptpractice.scheduling.appointmenttypes.AppointmentTypeCatalog;
import com.ptpractice.scheduling.availability.FreeSlotQueries.WorkingDay;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.eligibility.CredentialingDecisions;
import com.ptpractice.common.web.InvalidFieldException;

import org.springframework.stereotype.Service;

/**
 * Finds free slots for a type across clinics, the next available first. For needling
 * types only therapists whom credentialing finds eligible in the clinic's state on that
 * day are offered (which also drops every clinic in a state that does not allow it); if
 * credentialing cannot answer, the search fails closed.
 */
@Service
public class AvailabilityService {

	/** The longest range one search may cover. */
	public static final Duration MAX_RANGE = Duration.ofDays(31);

	/** The most slots one search returns. */
	public static final int MAX_SLOTS = 500;

	private final FreeSlotQueries queries;

	private final AppointmentTypeCatalog types;

	private final ClinicService clinics;

	private final CredentialingDecisions credentialing;

	private final Clock clock;

	AvailabilityService(FreeSlotQueries queries, AppointmentTypeCatalog types, ClinicService clinics,
			CredentialingDecisions credentialing, Clock clock) {
		this.queries = queries;
		this.types = types;
		this.clinics = clinics;
		this.credentialing = credentialing;
		this.clock = clock;
	}

	public List<Slot> freeSlots(SlotSearch search) {
		AppointmentType type = checked(search);
		String allowed = type.involvesDryNeedling() ? eligibleTherapistDays(this.queries.workingDays(search)) : null;
		if (allowed != null && allowed.isEmpty()) {
			return List.of();
		}
		return this.queries.freeSlots(search, type.duration(), this.clock.instant(), allowed);
	}

	/**
	 * The earliest free slot of a type at each of the clinics within {@code [from, to)},
	 * by clinic; a clinic without one is absent. One query for all clinics and, for
	 * needling types, one credentialing batch per state for all its days (as
	 * {@link #freeSlots(SlotSearch)}).
	 */
	public Map<UUID, Slot> earliestFreeSlotPerClinic(String typeCode, Instant from, Instant to,
			Collection<UUID> clinicIds) {
		SlotSearch search = new SlotSearch(typeCode, from, to, null, null, null, 1);
		AppointmentType type = checked(search);
		if (clinicIds.isEmpty()) {
			return Map.of();
		}
		String allowed = type.involvesDryNeedling() ? eligibleTherapistDays(this.queries.workingDays(search, clinicIds))
				: null;
		if (allowed != null && allowed.isEmpty()) {
			return Map.of();
		}
		return this.queries.earliestPerClinic(search, clinicIds, type.duration(), this.clock.instant(), allowed)
			.stream()
			.collect(Collectors.toMap(Slot::clinicId, Function.identity()));
	}

	/**
	 * Whether the therapist is free at the clinic for a visit of the type from
	 * {@code startsAt}: working there then, no live visit, no time off, no held time
	 * (asks no other service: a needling visit's own decision is the caller's).
	 */
	public boolean isFree(String typeCode, UUID clinicId, UUID therapistId, Instant startsAt) {
		AppointmentType type = this.types.bookable(typeCode)
			.orElseThrow(() -> new InvalidFieldException("type", "is not a bookable appointment type"));
		SlotSearch search = new SlotSearch(typeCode, startsAt, startsAt.plusSeconds(1), clinicId, null, therapistId, 1);
		return this.queries.freeSlots(search, type.duration(), this.clock.instant(), null)
			.stream()
			.anyMatch((slot) -> slot.startsAt().equals(startsAt));
	}

	private AppointmentType checked(SlotSearch search) {
		if (!search.to().isAfter(search.from())) {
			throw new InvalidFieldException("to", "must be after from");
		}
		if (Duration.between(search.from(), search.to()).compareTo(MAX_RANGE) > 0) {
			throw new InvalidFieldException("to", "must be at most 31 days after from");
		}
		if (search.limit() < 1 || search.limit() > MAX_SLOTS) {
			throw new InvalidFieldException("limit", "must be between 1 and " + MAX_SLOTS);
		}
		if (search.state() != null) {
			ClinicService.checkedState("state", search.state());
		}
		if (search.clinicId() != null) {
			this.clinics.get(search.clinicId());
		}
		return this.types.bookable(search.typeCode())
			.orElseThrow(() -> new InvalidFieldException("type", "is not a bookable appointment type"));
	}

	/**
	 * Keys "therapist|state|day" of who may needle where and when, asking credentialing
	 * once per state for all the days (each day at noon UTC; the booking re-checks the
	 * exact instant).
	 */
	private String eligibleTherapistDays(List<WorkingDay> workingDays) {
		Map<String, List<WorkingDay>> byState = workingDays.stream().collect(Collectors.groupingBy(WorkingDay::state));
		return byState.entrySet().stream().flatMap((entry) -> {
			Map<Instant, Set<UUID>> asked = entry.getValue()
				.stream()
				.collect(Collectors.groupingBy((day) -> noon(day.day()),
						Collectors.mapping(WorkingDay::therapistId, Collectors.toSet())));
			Map<Instant, Set<UUID>> eligible = this.credentialing.eligibleForDryNeedling(entry.getKey(), asked);
			return entry.getValue().stream().filter((day) -> eligible.get(noon(day.day())).contains(day.therapistId()));
		}).map(WorkingDay::key).collect(Collectors.joining(","));
	}

	private static Instant noon(LocalDate day) {
		return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
	}

}
