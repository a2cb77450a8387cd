package com.ptpractice.patients.records.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.records.Patient;
import com.ptpractice.patients.records.PatientRecords;
import com.ptpractice.patients.records.PatientSearch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patient records. Front desks register, search and update demographics; therapists read;
 * a patient reads only their own record. Every access is audited.
 */
@RestController
class PatientController {

	private final PatientRecords records;

	PatientController(PatientRecords records) {
		this.records = records;
	}

	@PostMapping("/patients")
	@PreAuthorize("hasRole('FRONT_DESK')")
	ResponseEntity<PatientResponse> register(@Valid @RequestBody RegisterPatientRequest request,
			Authentication caller) {
		Patient patient = this.records.register(request.toDetails(), request.confirmsDifferentPerson(),
				Actor.of(caller));
		return ResponseEntity.created(URI.create("/patients/" + patient.id())).body(PatientResponse.of(patient));
	}

	@GetMapping("/patients")
	@PreAuthorize("hasAnyRole('FRONT_DESK', 'PRACTICE_ADMIN')")
	PatientPageResponse search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate birthDate,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(50) int size, Authentication caller) {
		PatientSearch search = new PatientSearch(name, birthDate, phone, email);
		return PatientPageResponse.of(this.records.search(search, page, size, Actor.of(caller)));
	}

	@GetMapping("/patients/me")
	@PreAuthorize("hasRole('PATIENT')")
	PatientResponse me(Authentication caller) {
		return PatientResponse.of(this.records.readOwn(Actor.of(caller)));
	}

	@GetMapping("/patients/{id}")
	@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'PATIENT', 'PRACTICE_ADMIN')")
	PatientResponse read(@PathVariable UUID id, Authentication caller) {
		return PatientResponse.of(this.records.read(id, Actor.of(caller)));
	}

	@PutMapping("/patients/{id}")
	@PreAuthorize("hasRole('FRONT_DESK')")
	PatientResponse update(@PathVariable UUID id, @Valid @RequestBody UpdatePatientRequest request,
			Authentication caller) {
		return PatientResponse
			.of(this.records.updateDemographics(id, request.toDetails(), request.version(), Actor.of(caller)));
	}

	@PutMapping("/patients/{id}/login")
	@PreAuthorize("hasRole('FRONT_DESK')")
	ResponseEntity<Void> linkLogin(@PathVariable UUID id, @Valid @RequestBody LinkLoginRequest request,
			Authentication caller) {
		this.records.linkLogin(id, request.subject().toString(), Actor.of(caller));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/patients/{id}/login")
	@PreAuthorize("hasRole('FRONT_DESK')")
	ResponseEntity<Void> unlinkLogin(@PathVariable UUID id, Authentication caller) {
		this.records.unlinkLogin(id, Actor.of(caller));
		return ResponseEntity.noContent().build();
	}

}
