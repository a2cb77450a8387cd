package com.ptpractice.credentialing.staterules.web;

import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether the practice offers dry needling in states whose law is unsettled (it does not
 * until a credentialing administrator says so).
 */
@RestController
@RequestMapping("/policies/unsettled-states")
class PolicyController {

	private final StateRuleBook book;

	PolicyController(StateRuleBook book) {
		this.book = book;
	}

	@GetMapping
	@PreAuthorize(Access.ANY_STAFF_OR_SERVICE)
	PolicyResponse get() {
		return PolicyResponse.of(this.book.unsettledStatePolicy());
	}

	@PutMapping
	@PreAuthorize(Access.ADMIN)
	PolicyResponse change(@Valid @RequestBody PolicyRequest request) {
		return PolicyResponse.of(this.book.changeUnsettledStatePolicy(Boolean.TRUE.equals(request.allowed()),
				(request.version() != null) ? request.version() : -1));
	}

}
