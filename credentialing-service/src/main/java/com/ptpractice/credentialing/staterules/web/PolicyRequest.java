package com.ptpractice.credentialing.staterules.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A change of the practice-wide policy for unsettled states.
 *
 * @param allowed whether dry needling may be offered in states whose law is unsettled
 * @param version the version the caller read; a stale one is refused with 409
 */
record PolicyRequest(@NotNull @Nullable Boolean allowed, @NotNull @Nullable Integer version) {
}
