package com.ptpractice.scheduling.booking;

import java.time.ZoneId;

/**
 * An appointment with the zone of its clinic, to show local times.
 *
 * @param appointment the appointment
 * @param zone its clinic's zone
 */
public record ScheduledAppointment(Appointment appointment, ZoneId zone) {
}
