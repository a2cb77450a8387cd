package com.ptpractice.scheduling.series;

/**
 * What a series does when some occurrences cannot be booked.
 */
public enum SeriesMode {

	/** Books every occurrence that can be booked and lists the others with reasons. */
	BOOK_WHAT_CAN_BE_BOOKED,

	/** Books nothing when one occurrence cannot be booked. */
	ALL_OR_NOTHING

}
