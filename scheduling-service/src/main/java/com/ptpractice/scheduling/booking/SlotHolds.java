package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * Time that another feature holds for a therapist outside appointments (the waitlist's
 * offers). The database refuses a live visit on held time; a hold that has lapsed by the
 * booking's "now" no longer counts, so booking lets each holder release the lapsed holds
 * on the time it is about to take, inside its transaction and after the therapist's lock.
 */
public interface SlotHolds {

	/** Releases the holds on the therapist's {@code [startsAt, endsAt)} lapsed by now. */
	void releaseLapsed(UUID therapistId, Instant startsAt, Instant endsAt, Instant now);

	/**
	 * Whether a hold still in force at {@code now} claims any of the therapist's
	 * {@code [startsAt, endsAt)}: the database would refuse a visit there. A caller that
	 * places several visits in one transaction asks first, so that held time refuses one
	 * visit instead of aborting the transaction.
	 */
	boolean isHeld(UUID therapistId, Instant startsAt, Instant endsAt, Instant now);

}
