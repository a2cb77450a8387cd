package com.ptpractice.patients.screening.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.screening.Clearance;
import com.ptpractice.patients.screening.Screening;
import com.ptpractice.patients.screening.ScreeningRecords;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contraindication screenings and clearances: therapists record them and correct them by
 * new records; therapists and the patient themselves read them as they stand.
 */
@RestController
class ScreeningController {

	private final ScreeningRecords screenings;

	ScreeningController(ScreeningRecords screenings) {
		this.screenings = screenings;
	}

	@PostMapping("/patients/{id}/screenings")
	@PreAuthorize("hasRole('THERAPIST')")
	@ResponseStatus(HttpStatus.CREATED)
	ScreeningResponse record(@PathVariable UUID id, @Valid @RequestBody RecordScreeningRequest request,
			Authentication caller) {
		Screening screening = this.screenings.record(id, request.toAnswers(), Actor.of(caller));
		return ScreeningResponse.of(screening, List.of());
	}

	@GetMapping("/patients/{id}/screenings")
	@PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT')")
	List<ScreeningResponse> history(@PathVariable UUID id, Authentication caller) {
		return this.screenings.history(id, Actor.of(caller)).stream().map(ScreeningResponse::of).toList();
	}

	@PostMapping("/patients/{id}/screenings/{screeningId}/clearances")
	@PreAuthorize("hasRole('THERAPIST')")
	@ResponseStatus(HttpStatus.CREATED)
	ClearanceResponse clear(@PathVariable UUID id, @PathVariable UUID screeningId,
			@Valid @RequestBody RecordClearanceRequest request, Authentication caller) {
		Clearance clearance = this.screenings.clear(id, screeningId, request.contraindications(), request.note(),
				Actor.of(caller));
		return ClearanceResponse.of(clearance);
	}

	/** A screening is never edited: a correction is a new screening that points at it. */
	@PostMapping("/patients/{id}/screenings/{screeningId}/corrections")
	@PreAuthorize("hasRole('THERAPIST')")
	@ResponseStatus(HttpStatus.CREATED)
	ScreeningResponse correct(@PathVariable UUID id, @PathVariable UUID screeningId,
			@Valid @RequestBody CorrectScreeningRequest request, Authentication caller) {
		Screening correction = this.screenings.correct(id, screeningId, request.toAnswers(), request.reason(),
				Actor.of(caller));
		return ScreeningResponse.of(correction, List.of());
	}

	/** A clearance is never edited: a correction is a new clearance that points at it. */
	@PostMapping("/patients/{id}/screenings/{screeningId}/clearances/{clearanceId}/corrections")
	@PreAuthorize("hasRole('THERAPIST')")
	@ResponseStatus(HttpStatus.CREATED)
	ClearanceResponse correctClearance(@PathVariable UUID id, @PathVariable UUID screeningId,
			@PathVariable UUID clearanceId, @Valid @RequestBody CorrectClearanceRequest request,
			Authentication caller) {
		Clearance correction = this.screenings.correctClearance(id, screeningId, clearanceId,
				request.contraindications(), request.note(), Actor.of(caller));
		return ClearanceResponse.of(correction);
	}

}
