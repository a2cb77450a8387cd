package com.ptpractice.gateway.guard;

import com.ptpractice.common.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A service the guard must ask did not give a usable answer (error, timeout, open
 * circuit, full bulkhead, an empty or malformed decision): the booking is refused with
 * the platform's one 503 problem and not forwarded.
 */
class DependencyUnavailable extends ErrorResponseException {

	DependencyUnavailable(Asked service, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, Problems.serviceUnavailable(service.key(), service.displayName()), cause);
	}

	/**
	 * The services the guard asks, as 503 problems name them.
	 */
	enum Asked {

		SCHEDULING("scheduling", "scheduling service"),

		CREDENTIALING("credentialing", "credentialing service"),

		PATIENTS("patients", "patient service");

		private final String key;

		private final String displayName;

		Asked(String key, String displayName) {
			this.key = key;
			this.displayName = displayName;
		}

		String key() {
			return this.key;
		}

		String displayName() {
			return this.displayName;
		}

	}

}
