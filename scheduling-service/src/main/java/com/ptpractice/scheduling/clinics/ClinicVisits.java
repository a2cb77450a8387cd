package com.ptpractice.scheduling.clinics;

import java.time.Instant;
import java.util.UUID;

/**
 * What the clinics need to know of the visits booked there, answered by the booking
 * feature (which owns appointments) so that clinics do not depend on it.
 */
public interface ClinicVisits {

	/** Live (booked or checked-in) visits at the clinic that end after the instant. */
	long liveEndingAfter(UUID clinicId, Instant at);

}
