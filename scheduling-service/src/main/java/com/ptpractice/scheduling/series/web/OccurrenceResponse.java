package com.ptpractice.scheduling.series.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.ptpractice.scheduling.series.Outcome;
import com.ptpractice.scheduling.series.Outcome.OutcomeReason;
import org.jspecify.annotations.Nullable;

/**
 * What became of one occurrence.
 *
 * @param localStart clinic-local start
 * @param startsAt start with the clinic's offset (absent when the local time does not
 * exist that day)
 * @param status BOOKED, REFUSED, or NOT_BOOKED (could have been booked, but all or
 * nothing and another was refused)
 * @param appointmentId the booked visit
 * @param therapistId the therapist
 * @param reasons why it was refused, each with a stable code and a sentence
 * @param alternative the nearest free slot, for a refused occurrence, when one was found
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OccurrenceResponse(LocalDateTime localStart, @Nullable OffsetDateTime startsAt, String status,
		@Nullable UUID appointmentId, @Nullable UUID therapistId, List<OutcomeReason> reasons,
		@Nullable AlternativeResponse alternative) {

	static OccurrenceResponse of(Outcome outcome, ZoneId zone) {
		Outcome.Alternative alternative = outcome.alternative();
		return new OccurrenceResponse(outcome.localStart(),
				(outcome.startsAt() != null) ? outcome.startsAt().atZone(zone).toOffsetDateTime() : null,
				outcome.status().name(), outcome.appointmentId(), outcome.therapistId(), outcome.reasons(),
				(alternative != null) ? new AlternativeResponse(alternative.startsAt().atZone(zone).toOffsetDateTime(),
						alternative.localStart(), alternative.therapistId()) : null);
	}

	static List<OccurrenceResponse> of(List<Outcome> outcomes, ZoneId zone) {
		return outcomes.stream().map((outcome) -> of(outcome, zone)).toList();
	}

	/**
	 * A free slot near a refused occurrence.
	 *
	 * @param startsAt start with the clinic's offset
	 * @param localStart clinic-local start
	 * @param therapistId with whom
	 */
	record AlternativeResponse(OffsetDateTime startsAt, LocalDateTime localStart, UUID therapistId) {
	}

}
