package com.ptpractice.scheduling.needling;

import com.ptpractice.needling.Decision;

/**
 * The needling decision refuses the visit: a 422 carrying every reason.
 */
public class DryNeedlingNotAllowed extends RuntimeException {

	private final Decision decision;

	DryNeedlingNotAllowed(Decision decision) {
		super("Dry needling not allowed: " + decision.codes());
		this.decision = decision;
	}

	public Decision decision() {
		return this.decision;
	}

}
