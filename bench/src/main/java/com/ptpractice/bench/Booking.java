package com.ptpractice.bench;

import java.time.Instant;
import java.util.UUID;

/** One planned booking: a free slot of a bench therapist and a patient free then. */
record Booking(UUID patientId, UUID therapistId, UUID clinicId, String type, Instant startsAt) {

	String json() {
		return "{\"patientId\":\"" + this.patientId + "\",\"therapistId\":\"" + this.therapistId + "\",\"clinicId\":\""
				+ this.clinicId + "\",\"type\":\"" + this.type + "\",\"startsAt\":\"" + this.startsAt + "\"}";
	}

}
