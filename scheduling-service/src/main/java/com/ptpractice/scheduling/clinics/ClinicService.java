package com.ptpractice.scheduling.clinics;

import java.util.UUID;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, changes and finds clinics.
 */
@Service
@Transactional
public class ClinicService {

	private final Clinics clinics;

	ClinicService(Clinics clinics) {
		this.clinics = clinics;
	}

	public Clinic open(ClinicDetails details) {
		return this.clinics.save(Clinic.open(details));
	}

	public Clinic change(UUID id, ClinicDetails details) {
		Clinic clinic = get(id);
		clinic.change(details);
		return this.clinics.save(clinic);
	}

	@Transactional(readOnly = true)
	public Clinic get(UUID id) {
		return this.clinics.findById(id).orElseThrow(() -> new NotFoundException("clinic", id));
	}

	@Transactional(readOnly = true)
	public Page<Clinic> list(@Nullable String state, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by("name", "id"));
		if (state == null) {
			return this.clinics.findAll(request);
		}
		return this.clinics.findByState(checkedState("state", state), request);
	}

	/** The state code if it names a US state or DC, else a 400 naming the field. */
	public static String checkedState(String field, String state) {
		if (!UsStates.isKnown(state)) {
			throw new InvalidFieldException(field, "is not a two-letter US state or DC");
		}
		return state;
	}

}
