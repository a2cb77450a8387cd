package com.ptpractice.scheduling.booking.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.scheduling.booking.BookAppointment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A booking.
 *
 * @param patientId the patient
 * @param therapistId the therapist
 * @param clinicId the clinic
 * @param type appointment type code, such as {@code FOLLOW_UP}
 * @param startsAt start, ISO-8601 with offset
 */
record BookAppointmentRequest(@NotNull UUID patientId, @NotNull UUID therapistId, @NotNull UUID clinicId,
		@NotBlank String type, @NotNull OffsetDateTime startsAt) {

	BookAppointment toCommand() {
		return new BookAppointment(this.patientId, this.therapistId, this.clinicId, this.type,
				this.startsAt.toInstant());
	}

}
