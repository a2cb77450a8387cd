package com.ptpractice.patients.records;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * There is no patient with this id that the caller may see. A patient asking for someone
 * else's record gets this too, so ids of other patients cannot be probed.
 */
public class PatientNotFound extends RuntimeException {

	private final @Nullable UUID patientId;

	public PatientNotFound(@Nullable UUID patientId) {
		super((patientId != null) ? "No visible patient " + patientId : "No patient linked to this login");
		this.patientId = patientId;
	}

	/** Nobody's record is linked to the caller's login. */
	public static PatientNotFound forOwnLogin() {
		return new PatientNotFound(null);
	}

	public boolean concernsOwnLogin() {
		return this.patientId == null;
	}

}
