package com.ptpractice.credentialing.staterules;

/**
 * How sure the survey behind a rule version is of what it records.
 */
public enum Confidence {

	/** Read in the rule itself or on the state board's own page. */
	HIGH,

	/** Read in a reputable secondary source that quotes the rule. */
	MEDIUM,

	/** The rule exists, but its text was not found: verify with the state board. */
	LOW

}
