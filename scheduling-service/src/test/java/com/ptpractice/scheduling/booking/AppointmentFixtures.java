package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Appointments for slice tests.
 */
public final class AppointmentFixtures {

	private AppointmentFixtures() {
	}

	public static ScheduledAppointment scheduled() {
		Instant start = Instant.parse("2026-06-01T15:00:00Z");
		Appointment appointment = new Appointment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "FOLLOW_UP", false, start, start.plusSeconds(2700), AppointmentStatus.BOOKED,
				"front-desk-1", start, 0);
		return new ScheduledAppointment(appointment, ZoneId.of("America/Denver"));
	}

}
