package com.ptpractice.credentialing.eligibility.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.eligibility.AppointmentTime;
import com.ptpractice.credentialing.eligibility.EligibilityService;
import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateCode;
import com.ptpractice.needling.Decision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * May this therapist dry-needle in this state at this appointment's start? Asked by the
 * gateway's needling guard and the scheduling service with their own tokens, and by
 * staff; a therapist may ask about themselves.
 */
@RestController
@RequestMapping("/eligibility/dry-needling")
class EligibilityController {

	private final EligibilityService eligibility;

	EligibilityController(EligibilityService eligibility) {
		this.eligibility = eligibility;
	}

	/**
	 * One decision, in the shared wire format. {@code at} must carry an offset; the
	 * appointment's local date is taken in {@code zone} when given, else at that offset.
	 * An unknown therapist is a reason ({@code THERAPIST_UNKNOWN}), not a 404: the
	 * state's law still holds and is listed with it.
	 */
	@GetMapping
	@PreAuthorize(Access.STAFF_SERVICE_OR_SELF)
	Decision decide(@RequestParam UUID therapistId, @RequestParam @StateCode String state, @RequestParam String at,
			@RequestParam(required = false) @Size(max = 64) @Nullable String zone) {
		AppointmentTime when = AppointmentTime.parse(at, zone);
		return this.eligibility.decide(therapistId, Jurisdiction.of(state), when);
	}

	/**
	 * What the state's law (with the practice's policy for unsettled states) says at
	 * {@code at}, whoever the therapist is, in the shared wire format: only the state's
	 * reasons ({@code STATE_PROHIBITS_DRY_NEEDLING},
	 * {@code STATE_UNSETTLED_POLICY_DENIES}, {@code STATE_RULE_NOT_IN_FORCE}). The
	 * gateway's guard asks it for a visit whose therapist is not chosen yet ("any
	 * eligible therapist").
	 */
	@GetMapping("/state-law")
	@PreAuthorize(Access.ANY_STAFF_OR_SERVICE)
	Decision decideStateLaw(@RequestParam @StateCode String state, @RequestParam String at,
			@RequestParam(required = false) @Size(max = 64) @Nullable String zone) {
		AppointmentTime when = AppointmentTime.parse(at, zone);
		return this.eligibility.decideStateLaw(Jurisdiction.of(state), when);
	}

	/**
	 * Decisions for many therapists in one state at one time or several (up to 500
	 * decisions in all), from the same four queries.
	 */
	@PostMapping("/batch")
	@PreAuthorize(Access.STAFF_OR_SERVICE)
	BatchDecisionResponse decideAll(@Valid @RequestBody BatchDecisionRequest request) {
		List<AppointmentTime> times = request.times();
		Jurisdiction state = Jurisdiction.of(String.valueOf(request.state()));
		return BatchDecisionResponse.of(state,
				this.eligibility.decideAllAtTimes(request.distinctTherapistIds(), state, times));
	}

}
