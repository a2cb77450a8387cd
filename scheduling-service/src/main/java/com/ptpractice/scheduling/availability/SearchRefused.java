package com.ptpractice.scheduling.availability;

/**
 * A search was not answered because this instance was answering as many as it may at
 * once, or because its statement ran past its time: a 503, nothing changed.
 */
public class SearchRefused extends RuntimeException {

	private final Why why;

	SearchRefused(Why why) {
		super((why == Why.BUSY) ? "too many searches at once" : "the search statement timed out");
		this.why = why;
	}

	public Why why() {
		return this.why;
	}

	/** Why the search was refused. */
	public enum Why {

		/** No turn came free within the wait. */
		BUSY,

		/** The database cancelled the statement at its timeout. */
		TOO_SLOW

	}

}
