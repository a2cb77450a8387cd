package com.ptpractice.scheduling.booking;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The history of every appointment.
 */
interface AppointmentEvents extends ListCrudRepository<AppointmentEvent, UUID> {

	List<AppointmentEvent> findByAppointmentIdOrderByOccurredAtAsc(UUID appointmentId);

}
