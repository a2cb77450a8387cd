package com.ptpractice.scheduling.booking;

import java.util.UUID;

/**
 * What a booking made for someone else claims (a waitlist offer confirmed): run inside
 * the booking's transaction after its locks and checks, just before the visit is written,
 * with the new visit's id. Throwing refuses the booking; nothing is written.
 */
@FunctionalInterface
public interface BookingClaim {

	/** A booking that claims nothing. */
	BookingClaim NONE = (appointmentId) -> {
	};

	void claim(UUID appointmentId);

}
