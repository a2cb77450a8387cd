package com.ptpractice.patients.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the readiness rule needs to know of one consent.
 *
 * @param signedAt when it was signed
 * @param revokedAt when it was revoked, if it was
 */
public record ConsentSnapshot(Instant signedAt, @Nullable Instant revokedAt) {

}
