package com.ptpractice.scheduling.waitlist;

/** Where a waitlist entry stands. */
public enum EntryStatus {

	/** Waiting for a slot. */
	WAITING,

	/** A slot is held for it. */
	OFFERED,

	/** An offer was confirmed: the visit is booked. */
	BOOKED,

	/** Taken off the waitlist. */
	REMOVED

}
