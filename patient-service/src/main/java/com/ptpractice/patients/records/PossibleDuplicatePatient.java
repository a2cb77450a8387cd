package com.ptpractice.patients.records;

import java.util.List;

/**
 * A registration matches existing patients by name and birth date; the caller must
 * confirm it is a different person.
 */
public class PossibleDuplicatePatient extends RuntimeException {

	private final List<String> existingMrns;

	PossibleDuplicatePatient(List<String> existingMrns) {
		super("Registration matches " + existingMrns.size() + " existing patient(s)");
		this.existingMrns = List.copyOf(existingMrns);
	}

	/** The record numbers of the matching patients, in order. */
	public List<String> existingMrns() {
		return this.existingMrns;
	}

}
