package com.ptpractice.gateway.routing;

import com.ptpractice.common.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow, or its
 * circuit is open: a 503 problem that names the service.
 */
@RestController
class FallbackController {

	static final String PATH = "/fallback/";

	private final DownstreamServices services;

	FallbackController(DownstreamServices services) {
		this.services = services;
	}

	@RequestMapping(PATH + "{service}")
	ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service) {
		return this.services.named(service)
			.map((downstream) -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(Problems.serviceUnavailable(service, downstream.displayName())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
