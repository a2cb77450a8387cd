package com.ptpractice.needling;

/**
 * The batch form of the decision: how much one
 * {@code POST /eligibility/dry-needling/batch} may ask. Credentialing refuses a larger
 * batch; a caller with more splits it.
 */
public final class DecisionBatch {

	/**
	 * The most decisions one batch request may ask for: its therapist ids times its
	 * instants (so also the most therapist ids a batch for one instant may carry).
	 */
	public static final int MAX_DECISIONS = 500;

	/**
	 * The most instants one batch request may carry: a search covers at most 31 days,
	 * which touch at most 32 calendar days.
	 */
	public static final int MAX_INSTANTS = 32;

	private DecisionBatch() {
	}

}
