package com.ptpractice.scheduling.visits.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.visits.MyVisits;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My visits": a therapist's own visits across clinics in a window (their day or week), a
 * patient's own visits; each with the clinic's address and phone and the therapist's
 * name. The caller's login decides whose visits; nobody names another person here.
 */
@RestController
class MyVisitsController {

	static final String OWNERS = "hasAnyRole('" + Roles.THERAPIST + "','" + Roles.PATIENT + "')";

	private final MyVisits visits;

	MyVisitsController(MyVisits visits) {
		this.visits = visits;
	}

	/**
	 * @param from first instant (ISO-8601 with offset); required for a therapist
	 * @param to end of the window, at most 31 days after from for a therapist
	 */
	@GetMapping("/visits/mine")
	@PreAuthorize(OWNERS)
	List<VisitResponse> mine(
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable OffsetDateTime to,
			Authentication caller) {
		Instant start = (from != null) ? from.toInstant() : null;
		Instant end = (to != null) ? to.toInstant() : null;
		if (AuthorityUtils.authorityListToSet(caller.getAuthorities()).contains("ROLE_" + Roles.THERAPIST)) {
			return this.visits.ofSignedInTherapist(start, end).stream().map(VisitResponse::of).toList();
		}
		String token = ((JwtAuthenticationToken) caller).getToken().getTokenValue();
		return this.visits.ofSignedInPatient(token, start, end).stream().map(VisitResponse::of).toList();
	}

}
