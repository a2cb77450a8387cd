package com.ptpractice.scheduling.needling.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.needling.BookingWindow;
import com.ptpractice.scheduling.needling.PriorEvaluations;

import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prior-evaluation part of the needling decision, which the gateway's guard asks for
 * (as the booking person) so that its refusal lists every reason the booking would; the
 * front desk's patient card and a therapist's chart ask it to show readiness before a
 * slot is chosen.
 */
@RestController
class PriorEvaluationController {

	private final PriorEvaluations evaluations;

	private final Clock clock;

	PriorEvaluationController(PriorEvaluations evaluations, Clock clock) {
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/**
	 * @param before the needling visit's start, ISO-8601 with an offset, within the
	 * booking window (not before today, at most two years ahead)
	 */
	@GetMapping("/patients/{patientId}/prior-evaluation")
	@PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.PRACTICE_ADMIN + "','" + Roles.THERAPIST + "','"
			+ Roles.SERVICE + "')")
	PriorEvaluationResponse priorEvaluation(@PathVariable UUID patientId,
			@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime before) {
		Instant visit = before.toInstant();
		BookingWindow.coarseProblem(visit, this.clock.instant()).ifPresent((problem) -> {
			throw new InvalidFieldException("before", problem);
		});
		return new PriorEvaluationResponse(patientId, visit, this.evaluations.existBefore(patientId, visit));
	}

	/**
	 * Whether the patient has an initial evaluation (not cancelled, not a no-show)
	 * starting before the instant.
	 *
	 * @param patientId the patient
	 * @param before the instant
	 * @param evaluated whether there is one
	 */
	record PriorEvaluationResponse(UUID patientId, Instant before, boolean evaluated) {
	}

}
