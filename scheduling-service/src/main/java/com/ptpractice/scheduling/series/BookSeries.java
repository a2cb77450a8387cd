package com.ptpractice.scheduling.series;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import com.ptpractice.needling.Recurrence;
import org.jspecify.annotations.Nullable;

/**
 * What a front desk asks to book as a series.
 *
 * @param patientId the patient
 * @param therapistId the therapist, or null for any eligible therapist per occurrence
 * @param clinicId the clinic
 * @param typeCode appointment type code
 * @param recurrence when the visits fall
 * @param mode book what can be booked, or all or nothing
 */
public record BookSeries(UUID patientId, @Nullable UUID therapistId, UUID clinicId, String typeCode,
		Recurrence recurrence, SeriesMode mode) {

	/** A fingerprint of the request, to tell a retry from another request. */
	String hash() {
		Recurrence r = this.recurrence;
		String canonical = String.join("|", "series", this.patientId.toString(),
				Objects.toString(this.therapistId, "-"), this.clinicId.toString(), this.typeCode,
				r.firstDate().toString(), r.weekdays().stream().sorted().map(Enum::name).toList().toString(),
				r.startTime().toString(), Objects.toString(r.count(), "-"), Objects.toString(r.until(), "-"),
				this.mode.name());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
