package com.ptpractice.scheduling.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What a front desk asks to book.
 *
 * @param patientId the patient
 * @param therapistId the therapist
 * @param clinicId the clinic
 * @param typeCode appointment type code
 * @param startsAt the first instant
 */
public record BookAppointment(UUID patientId, UUID therapistId, UUID clinicId, String typeCode, Instant startsAt) {

	/** A fingerprint of the request, to tell a retry from another request. */
	String hash() {
		String canonical = String.join("|", this.patientId.toString(), this.therapistId.toString(),
				this.clinicId.toString(), this.typeCode, this.startsAt.toString());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
