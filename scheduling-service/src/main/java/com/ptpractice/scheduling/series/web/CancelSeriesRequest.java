package com.ptpractice.scheduling.series.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one occurrence of the series or it and every later live one.
 *
 * @param appointmentId the occurrence
 * @param andLater also every later live occurrence (default false: this one only)
 * @param reason why
 */
record CancelSeriesRequest(@NotNull UUID appointmentId, @Nullable Boolean andLater,
		@NotBlank @Size(max = 500) String reason) {
}
