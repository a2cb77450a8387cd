package com.ptpractice.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other only through their top-level, public types,
 * and not in cycles.
 */
class ModularityTests {

	@Test
	void featurePackagesKeepTheirInternalsToThemselves() {
		ApplicationModules.of(GatewayApplication.class).verify();
	}

}
