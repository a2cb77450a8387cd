package com.ptpractice.patients.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Patients and records exceptions for tests outside this package.
 */
public final class TestPatients {

	private TestPatients() {
	}

	public static Patient patient(UUID id) {
		return new Patient(id, "P0100001-7", "Ada", "Quill", LocalDate.of(1980, 5, 17), AdministrativeSex.FEMALE,
				"+13035550100", "ada@example.com", new Address("1 Main St", null, "Denver", "CO", "80202"), null, null,
				Instant.parse("2026-11-01T15:00:00Z"), "front-desk-1", 3);
	}

	public static PossibleDuplicatePatient duplicateOf(String... mrns) {
		return new PossibleDuplicatePatient(List.of(mrns));
	}

	public static LoginAlreadyLinked loginAlreadyLinked() {
		return new LoginAlreadyLinked();
	}

}
