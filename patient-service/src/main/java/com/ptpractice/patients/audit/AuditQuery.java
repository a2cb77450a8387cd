package com.ptpractice.patients.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which entries of the access log to read; every criterion is optional.
 *
 * @param patientId only this patient's entries
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 */
public record AuditQuery(@Nullable UUID patientId, @Nullable Instant from, @Nullable Instant to) {

}
