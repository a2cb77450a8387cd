package com.ptpractice.scheduling.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a front desk asks to move.
 *
 * @param appointmentId the appointment
 * @param startsAt its new start
 * @param therapistId another therapist, or null for the same one
 */
public record Reschedule(UUID appointmentId, Instant startsAt, @Nullable UUID therapistId) {

	/** A fingerprint of the request, to tell a retry from another request. */
	String hash() {
		String canonical = String.join("|", "reschedule", this.appointmentId.toString(), this.startsAt.toString(),
				Objects.toString(this.therapistId, "-"));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
