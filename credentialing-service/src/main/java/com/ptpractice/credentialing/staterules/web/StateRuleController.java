package com.ptpractice.credentialing.staterules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateCode;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.credentialing.staterules.StateRuleRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The dry-needling law of each state as versioned rules. Everyone on staff and the
 * platform's services read them; credentialing administrators add versions.
 */
@RestController
@RequestMapping("/state-rules")
class StateRuleController {

	private final StateRuleBook book;

	private final Clock clock;

	StateRuleController(StateRuleBook book, Clock clock) {
		this.book = book;
		this.clock = clock;
	}

	/** The version in force in each state on a day (today by default): 51 at most. */
	@GetMapping
	@PreAuthorize(Access.ANY_STAFF_OR_SERVICE)
	List<StateRuleResponse> inForce(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
		LocalDate day = (on != null) ? on : LocalDate.now(this.clock);
		return this.book.histories()
			.values()
			.stream()
			.sorted(Comparator.comparing(StateRuleHistory::state))
			.flatMap((history) -> inForceOn(history, day).stream())
			.toList();
	}

	@GetMapping("/{state}")
	@PreAuthorize(Access.ANY_STAFF_OR_SERVICE)
	StateRuleHistoryResponse history(@PathVariable @StateCode String state) {
		return StateRuleHistoryResponse.of(this.book.history(Jurisdiction.of(state)));
	}

	@GetMapping("/{state}/versions/{effectiveFrom}")
	@PreAuthorize(Access.ANY_STAFF_OR_SERVICE)
	StateRuleResponse version(@PathVariable @StateCode String state,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
		Jurisdiction jurisdiction = Jurisdiction.of(state);
		return StateRuleResponse.of(this.book.version(jurisdiction, effectiveFrom), this.book.history(jurisdiction));
	}

	/** Adds a version; it never overwrites one. */
	@PostMapping("/{state}")
	@PreAuthorize(Access.ADMIN)
	ResponseEntity<StateRuleResponse> addVersion(@PathVariable @StateCode String state,
			@Valid @RequestBody StateRuleRequest request) {
		Jurisdiction jurisdiction = Jurisdiction.of(state);
		StateRule version = this.book.addVersion(jurisdiction, request.terms());
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest()
				.path("/versions/{effectiveFrom}")
				.build(version.effectiveFrom()))
			.body(StateRuleResponse.of(version, this.book.history(jurisdiction)));
	}

	private static Optional<StateRuleResponse> inForceOn(StateRuleHistory history, LocalDate day) {
		return history.inForceOn(day).map((rule) -> StateRuleResponse.of(rule, history));
	}

}
