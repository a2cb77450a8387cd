package com.ptpractice.patients;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages use each other only through their top-level packages, and never in
 * a cycle.
 */
class ModularityTests {

	@Test
	void featurePackagesRespectEachOthersInternals() {
		ApplicationModules.of(PatientApplication.class).verify();
	}

}
