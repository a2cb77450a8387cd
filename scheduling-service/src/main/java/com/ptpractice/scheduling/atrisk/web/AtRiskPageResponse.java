package com.ptpractice.scheduling.atrisk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.needling.Reason;
import com.ptpractice.scheduling.atrisk.AtRiskAppointment;
import com.ptpractice.scheduling.atrisk.AtRiskWatch;
import org.jspecify.annotations.Nullable;

/**
 * One page of upcoming needling appointments, re-evaluated, and those at risk.
 *
 * @param evaluatedAt when the page was evaluated
 * @param page page number (of upcoming needling appointments by start)
 * @param size page size
 * @param evaluated how many appointments the page re-checked
 * @param hasMore whether a later page exists
 * @param appointments the ones that would now fail
 */
record AtRiskPageResponse(Instant evaluatedAt, int page, int size, int evaluated, boolean hasMore,
		List<Item> appointments) {

	static AtRiskPageResponse of(AtRiskWatch.Evaluation evaluation) {
		return new AtRiskPageResponse(evaluation.evaluatedAt(), evaluation.page(), evaluation.size(),
				evaluation.evaluated(), evaluation.hasMore(), evaluation.atRisk().stream().map(Item::of).toList());
	}

	/**
	 * An appointment at risk.
	 *
	 * @param appointmentId the appointment
	 * @param patientId its patient
	 * @param therapistId its therapist
	 * @param clinicId its clinic
	 * @param startsAt start with the clinic's offset
	 * @param localStart clinic-local start
	 * @param zoneId the clinic's zone
	 * @param reasons every reason it would now fail
	 * @param seriesId the series it belongs to, absent for a single visit
	 */
	record Item(UUID appointmentId, UUID patientId, UUID therapistId, UUID clinicId, OffsetDateTime startsAt,
			LocalDateTime localStart, String zoneId, List<Reason> reasons, @Nullable UUID seriesId) {

		static Item of(AtRiskAppointment appointment) {
			OffsetDateTime start = appointment.startsAt().atZone(appointment.zoneId()).toOffsetDateTime();
			return new Item(appointment.appointmentId(), appointment.patientId(), appointment.therapistId(),
					appointment.clinicId(), start, start.toLocalDateTime(), appointment.zoneId().getId(),
					appointment.reasons(), appointment.seriesId());
		}

	}

}
