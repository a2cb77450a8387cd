package com.ptpractice.scheduling.series.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.booking.Appointment;
import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.scheduling.series.BookSeries;
import com.ptpractice.scheduling.series.SeriesLifecycle.SeriesView;
import org.jspecify.annotations.Nullable;

/**
 * A series as it stands: what was asked, its visits (any status) and the dates refused
 * when it was booked.
 *
 * @param id the series
 * @param patientId the patient
 * @param therapistId the therapist, or absent for any eligible
 * @param clinicId the clinic
 * @param type appointment type code
 * @param weekdays the weekdays
 * @param startTime clinic-local start time
 * @param firstDate first date
 * @param count how many visits were asked, or absent
 * @param until last date, or absent
 * @param mode how it was booked
 * @param zoneId the clinic's zone
 * @param visits its appointments in start order
 * @param refused the occurrences refused when it was booked, with reasons
 */
record SeriesResponse(UUID id, UUID patientId, @Nullable UUID therapistId, UUID clinicId, String type,
		List<DayOfWeek> weekdays, LocalTime startTime, LocalDate firstDate, @Nullable Integer count,
		@Nullable LocalDate until, String mode, String zoneId, List<Visit> visits, List<OccurrenceResponse> refused) {

	static SeriesResponse of(SeriesView view) {
		BookSeries request = view.request();
		return new SeriesResponse(view.id(), request.patientId(), request.therapistId(), request.clinicId(),
				request.typeCode(), request.recurrence().weekdays().stream().sorted().toList(),
				request.recurrence().startTime(), request.recurrence().firstDate(), request.recurrence().count(),
				request.recurrence().until(), request.mode().name(), view.zone().getId(),
				view.occurrences().stream().map(Visit::of).toList(),
				OccurrenceResponse.of(view.refused(), view.zone()));
	}

	/**
	 * One visit of the series.
	 *
	 * @param id the appointment
	 * @param therapistId the therapist
	 * @param startsAt start with the clinic's offset
	 * @param localStart clinic-local start
	 * @param status BOOKED, CHECKED_IN, COMPLETED, CANCELLED or NO_SHOW
	 */
	record Visit(UUID id, UUID therapistId, OffsetDateTime startsAt, LocalDateTime localStart, String status) {

		static Visit of(ScheduledAppointment scheduled) {
			Appointment appointment = scheduled.appointment();
			return new Visit(appointment.id(), appointment.therapistId(),
					appointment.startsAt().atZone(scheduled.zone()).toOffsetDateTime(),
					appointment.startsAt().atZone(scheduled.zone()).toLocalDateTime(), appointment.status().name());
		}

	}

}
