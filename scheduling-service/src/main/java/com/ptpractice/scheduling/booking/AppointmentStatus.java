package com.ptpractice.scheduling.booking;

/**
 * Where an appointment is in its life. Cancelled and no-show appointments no longer hold
 * their time.
 */
public enum AppointmentStatus {

	BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW

}
