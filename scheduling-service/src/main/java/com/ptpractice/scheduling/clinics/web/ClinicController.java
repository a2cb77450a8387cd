package com.ptpractice.scheduling.clinics.web;

import java.net.URI;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice administrators keep the clinics; staff and platform services read them.
 */
@RestController
class ClinicController {

	static final String ADMIN = "hasRole('" + Roles.PRACTICE_ADMIN + "')";

	static final String READERS = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.THERAPIST + "','"
			+ Roles.PRACTICE_ADMIN + "','" + Roles.CREDENTIALING_ADMIN + "','" + Roles.SERVICE + "')";

	private final ClinicService clinics;

	ClinicController(ClinicService clinics) {
		this.clinics = clinics;
	}

	@PostMapping("/clinics")
	@PreAuthorize(ADMIN)
	ResponseEntity<ClinicResponse> open(@Valid @RequestBody ClinicRequest request) {
		Clinic clinic = this.clinics.open(request.toDetails());
		return ResponseEntity.created(URI.create("/clinics/" + clinic.id())).body(ClinicResponse.of(clinic));
	}

	/**
	 * Replaces the clinic as read at {@code version}: every field must be sent; a stale
	 * version is a 409; its state or zone cannot change while visits lie ahead there (409
	 * with {@code affectedVisits}).
	 */
	@PutMapping("/clinics/{id}")
	@PreAuthorize(ADMIN)
	ClinicResponse change(@PathVariable UUID id, @Valid @RequestBody ClinicUpdateRequest request) {
		return ClinicResponse.of(this.clinics.change(id, request.toDetails(), request.expectedVersion()));
	}

	@GetMapping("/clinics/{id}")
	@PreAuthorize(READERS)
	ClinicResponse get(@PathVariable UUID id) {
		return ClinicResponse.of(this.clinics.get(id));
	}

	@GetMapping("/clinics")
	@PreAuthorize(READERS)
	ClinicPageResponse list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return ClinicPageResponse.of(this.clinics.list(state, q, page, size));
	}

}
