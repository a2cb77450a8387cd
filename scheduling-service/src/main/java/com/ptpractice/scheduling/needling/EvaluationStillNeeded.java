package com.ptpractice.scheduling.needling;

import java.util.List;
import java.util.UUID;

/**
 * Cancelling, no-showing or moving an initial evaluation would leave later needling
 * visits of the patient without one: a 409 naming those visits, which the front desk
 * moves or cancels first (or books another evaluation before them).
 */
public class EvaluationStillNeeded extends RuntimeException {

	private final List<UUID> dependentVisits;

	EvaluationStillNeeded(List<UUID> dependentVisits) {
		super("Evaluation still needed by " + dependentVisits);
		this.dependentVisits = List.copyOf(dependentVisits);
	}

	public List<UUID> dependentVisits() {
		return this.dependentVisits;
	}

}
