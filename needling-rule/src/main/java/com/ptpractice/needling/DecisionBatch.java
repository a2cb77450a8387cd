package com.ptpractice.needling;

/**
 * The batch form of the decision: how many therapists one
 * {@code POST /eligibility/dry-needling/batch} may ask about. Credentialing refuses a
 * larger batch; a caller with more therapists splits them.
 */
public final class DecisionBatch {

	/** The most therapist ids one batch request may carry. */
	public static final int MAX_THERAPISTS = 500;

	private DecisionBatch() {
	}

}
