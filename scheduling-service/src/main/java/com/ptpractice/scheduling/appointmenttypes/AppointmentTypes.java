package com.ptpractice.scheduling.appointmenttypes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The appointment types of the practice.
 */
public interface AppointmentTypes extends Repository<AppointmentType, UUID> {

	List<AppointmentType> findByActiveTrueOrderByCode();

	Optional<AppointmentType> findByCode(String code);

}
