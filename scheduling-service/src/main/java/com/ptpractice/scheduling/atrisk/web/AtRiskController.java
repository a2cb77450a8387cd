package com.ptpractice.scheduling.atrisk.web;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.atrisk.AtRiskWatch;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Front desks and practice administrators see which upcoming needling visits would now
 * fail, evaluated live on each request.
 */
@RestController
class AtRiskController {

	static final String DESK = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.PRACTICE_ADMIN + "')";

	private final AtRiskWatch watch;

	AtRiskController(AtRiskWatch watch) {
		this.watch = watch;
	}

	@GetMapping("/appointments/at-risk")
	@PreAuthorize(DESK)
	AtRiskPageResponse atRisk(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return AtRiskPageResponse.of(this.watch.evaluate(page, size));
	}

}
