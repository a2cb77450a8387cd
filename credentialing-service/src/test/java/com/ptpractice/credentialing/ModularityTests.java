package com.ptpractice.credentialing;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages use each other only through their top-level types (never a
 * {@code web} package or another internal one), and depend on each other without cycles.
 */
class ModularityTests {

	@Test
	void featurePackagesRespectEachOthersInternals() {
		ApplicationModules.of(CredentialingApplication.class).verify();
	}

}
