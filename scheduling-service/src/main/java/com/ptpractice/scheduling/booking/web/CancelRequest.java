package com.ptpractice.scheduling.booking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A cancellation.
 *
 * @param reason why (no clinical detail)
 */
record CancelRequest(@NotBlank @Size(max = 500) String reason) {
}
