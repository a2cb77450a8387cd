package com.ptpractice.scheduling.waitlist;

/** Where an offer stands. */
public enum OfferStatus {

	/** Holding the slot for its patient until {@code heldUntil}. */
	HELD,

	/** Booked. */
	CONFIRMED,

	/** The front desk declined it; the slot went to the next entry. */
	DECLINED,

	/** Not confirmed in time; the slot is free again. */
	EXPIRED,

	/** Its entry was removed from the waitlist. */
	WITHDRAWN

}
