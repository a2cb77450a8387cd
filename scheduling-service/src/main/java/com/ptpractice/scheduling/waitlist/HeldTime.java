package com.ptpractice.scheduling.waitlist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.booking.SlotHolds;
import com.ptpractice.scheduling.waitlist.OfferStore.Ended;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Lets go of offers' holds: a hold that lapsed (here, or for booking on the time it is
 * about to take), one declined or withdrawn. Its entry waits again and its opening is
 * open for the next entry. Runs inside the caller's transaction.
 */
@Component
class HeldTime implements SlotHolds {

	private final OfferStore offers;

	private final WaitlistStore entries;

	HeldTime(OfferStore offers, WaitlistStore entries) {
		this.offers = offers;
		this.entries = entries;
	}

	@Override
	public void releaseLapsed(UUID therapistId, Instant startsAt, Instant endsAt, Instant now) {
		expire(now, therapistId, startsAt, endsAt);
	}

	@Override
	public boolean isHeld(UUID therapistId, Instant startsAt, Instant endsAt, Instant now) {
		return this.offers.holdsTime(therapistId, startsAt, endsAt, now);
	}

	/** Every hold lapsed by now (on the therapist's time, if given); how many. */
	int expire(Instant now, @Nullable UUID therapistId, @Nullable Instant from, @Nullable Instant to) {
		List<Ended> lapsed = this.offers.expireLapsed(now, therapistId, from, to);
		lapsed.forEach((ended) -> released(ended, OfferStatus.EXPIRED, "system", now));
		return lapsed.size();
	}

	/** After an offer stopped holding: its entry waits again, its opening is open. */
	void released(Ended ended, OfferStatus why, String by, Instant at) {
		this.entries.move(ended.entryId(), EntryStatus.OFFERED, EntryStatus.WAITING);
		this.offers.moveOpening(ended.openingId(), "OPEN");
		this.entries.event(ended.entryId(), ended.offerId(), why.name(), by, at);
	}

}
