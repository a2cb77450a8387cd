package com.ptpractice.scheduling.assignments;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Therapists' time off.
 */
interface TimeOffs extends ListCrudRepository<TimeOff, UUID> {

}
