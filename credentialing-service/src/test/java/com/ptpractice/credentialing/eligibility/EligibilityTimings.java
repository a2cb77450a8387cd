package com.ptpractice.credentialing.eligibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.http.HttpStatus;

/**
 * Not a test: prints the median time of a single decision and of a 100-therapist batch,
 * over HTTP with a real token against PostgreSQL. Asserts nothing about speed. Run with
 * {@code ./mvnw -pl credentialing-service -am verify -Dtest=EligibilityTimings
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class EligibilityTimings extends CredentialingApiTests {

	private static final String AT = "2030-06-03T10:00:00-06:00";

	@Test
	void printMedians() {
		List<UUID> therapists = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			therapists.add(utahReadyTherapist());
		}
		String token = tokenFor(Roles.SERVICE);
		Runnable single = () -> get("/eligibility/dry-needling?therapistId=" + therapists.get(0) + "&state=UT&at=" + AT,
				token, HttpStatus.OK);
		Runnable batch = () -> post("/eligibility/dry-needling/batch", token,
				Map.of("state", "UT", "at", AT, "therapistIds", therapists), HttpStatus.OK);

		System.out.printf("single decision: median %.2f ms%n", medianMillis(single, 100, 500));
		System.out.printf("100-therapist batch: median %.2f ms%n", medianMillis(batch, 30, 200));
	}

	private static double medianMillis(Runnable call, int warmUp, int runs) {
		for (int i = 0; i < warmUp; i++) {
			call.run();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos[runs / 2] / 1_000_000.0;
	}

}
