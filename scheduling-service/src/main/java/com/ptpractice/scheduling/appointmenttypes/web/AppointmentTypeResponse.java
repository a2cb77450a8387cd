package com.ptpractice.scheduling.appointmenttypes.web;

import java.util.UUID;

import com.ptpractice.scheduling.appointmenttypes.AppointmentType;

/**
 * An appointment type as the API shows it.
 *
 * @param id the type's id
 * @param code stable code, such as {@code DRY_NEEDLING}
 * @param name how people call it
 * @param durationMinutes how long a visit of this type takes
 * @param involvesDryNeedling whether booking it must satisfy the dry-needling rule
 */
record AppointmentTypeResponse(UUID id, String code, String name, long durationMinutes, boolean involvesDryNeedling) {

	static AppointmentTypeResponse of(AppointmentType type) {
		return new AppointmentTypeResponse(type.id(), type.code(), type.name(), type.duration().toMinutes(),
				type.involvesDryNeedling());
	}

}
