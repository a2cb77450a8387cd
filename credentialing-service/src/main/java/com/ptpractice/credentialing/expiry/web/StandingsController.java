package com.ptpractice.credentialing.expiry.web;

import java.time.Clock;
import java.time.LocalDate;

import com.ptpractice.credentialing.expiry.ExpiryWatchProperties;
import com.ptpractice.credentialing.expiry.Standings;
import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateCode;
import com.ptpractice.credentialing.staterules.StateRuleRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Therapists' standing in every state they hold a credential in, a page at a time, and
 * the preview of a rule version before it is added: both from the eligibility decision.
 */
@RestController
class StandingsController {

	private final Standings standings;

	private final ExpiryWatchProperties properties;

	private final Clock clock;

	StandingsController(Standings standings, ExpiryWatchProperties properties, Clock clock) {
		this.standings = standings;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One page of therapists ({@code q} matches a name or the start of an NPI) with their
	 * credentials and a decision per state on a day (today in the practice's zone by
	 * default), in the order {@code sort} names: {@code name} (last, then first name, the
	 * default) or {@code npi}, a leading {@code -} for the reverse.
	 */
	@GetMapping("/therapists/standings")
	@PreAuthorize(Access.STAFF_OR_SERVICE)
	StandingsPageResponse page(@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(defaultValue = "name") @Pattern(regexp = "-?(name|npi)",
					message = "must be name, -name, npi or -npi") String sort) {
		LocalDate day = (on != null) ? on : LocalDate.now(this.clock.withZone(this.properties.zone()));
		return StandingsPageResponse.of(this.standings.page(q, PageRequest.of(page, size, order(sort)), day), day);
	}

	private static Sort order(String sort) {
		Sort.Direction direction = sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC;
		return sort.endsWith("npi") ? Sort.by(direction, "npi") : Sort.by(direction, "lastName", "firstName");
	}

	/** Whose standing the version would change, and when; nothing is stored. */
	@PostMapping("/state-rules/{state}/preview")
	@PreAuthorize(Access.ADMIN)
	RulePreviewResponse preview(@PathVariable @StateCode String state, @Valid @RequestBody StateRuleRequest request) {
		return RulePreviewResponse.of(this.standings.preview(Jurisdiction.of(state), request.terms()));
	}

}
