package com.ptpractice.scheduling.booking.web;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.scheduling.booking.AppointmentStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a visit's status recorded by mistake.
 *
 * @param status the status it should have: {@code BOOKED}, {@code CHECKED_IN},
 * {@code COMPLETED} or {@code NO_SHOW}
 * @param reason why, for the record (required)
 */
record CorrectionRequest(@NotNull @Nullable String status, @NotBlank @Size(max = 500) @Nullable String reason) {

	AppointmentStatus checkedStatus() {
		try {
			return AppointmentStatus.valueOf(String.valueOf(this.status));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("status", "must be one of BOOKED, CHECKED_IN, COMPLETED, NO_SHOW");
		}
	}

	@Override
	public String reason() {
		return String.valueOf(this.reason);
	}

}
