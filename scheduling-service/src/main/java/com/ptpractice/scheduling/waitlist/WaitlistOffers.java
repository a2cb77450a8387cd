package com.ptpractice.scheduling.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.scheduling.booking.BookAppointment;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.waitlist.OfferStore.Ended;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The front desk's side of an offer: confirm it (booked through {@link BookingService},
 * with every rule of a booking: lifecycle, clinic active, working hours, the needling
 * decision inside the transaction) or decline it (the time goes to the next entry).
 */
@Service
public class WaitlistOffers {

	private final OfferStore offers;

	private final WaitlistStore entries;

	private final HeldTime held;

	private final OfferMaker maker;

	private final BookingService booking;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WaitlistOffers(OfferStore offers, WaitlistStore entries, HeldTime held, OfferMaker maker, BookingService booking,
			TransactionTemplate transaction, Clock clock) {
		this.offers = offers;
		this.entries = entries;
		this.held = held;
		this.maker = maker;
		this.booking = booking;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The offers holding time now, the soonest to lapse first. */
	public List<WaitlistOffer> held(int page, int size) {
		return this.offers.held(this.clock.instant(), page, size);
	}

	public long countHeld() {
		return this.offers.countHeld(this.clock.instant());
	}

	/** The offer as it stands now (a lapsed hold reads as expired). */
	public WaitlistOffer get(UUID id) {
		return this.offers.find(id)
			.orElseThrow(() -> new NotFoundException("waitlist offer", id))
			.asOf(this.clock.instant());
	}

	/**
	 * Books the held slot for the entry's patient; the offer is claimed inside the
	 * booking's transaction, so the visit and the confirmation are written together or
	 * not at all. Confirming a confirmed offer again answers it as it is.
	 */
	public WaitlistOffer confirm(UUID id, String by) {
		WaitlistOffer offer = get(id);
		if (offer.status() == OfferStatus.CONFIRMED) {
			return offer;
		}
		requireHeld(offer);
		this.booking.book(new BookAppointment(offer.patientId(), offer.therapistId(), offer.clinicId(),
				offer.typeCode(), offer.startsAt()), by, null, (appointmentId) -> claim(offer, appointmentId, by));
		return get(id);
	}

	private void claim(WaitlistOffer offer, UUID appointmentId, String by) {
		Instant now = this.clock.instant();
		if (!this.offers.confirm(offer.id(), appointmentId, by, now)) {
			throw notHeld();
		}
		this.entries.move(offer.entryId(), EntryStatus.OFFERED, EntryStatus.BOOKED);
		this.entries.event(offer.entryId(), offer.id(), "CONFIRMED", by, now);
		this.offers.moveOpening(this.offers.openingOf(offer.id()), "FILLED");
	}

	/**
	 * Declines the offer: the entry waits again (this slot is not offered to it again)
	 * and the slot is offered to the next entry. Declining a declined offer again changes
	 * nothing.
	 */
	public WaitlistOffer decline(UUID id, String by) {
		WaitlistOffer offer = this.offers.find(id).orElseThrow(() -> new NotFoundException("waitlist offer", id));
		if (offer.status() == OfferStatus.DECLINED) {
			return offer;
		}
		if (offer.status() != OfferStatus.HELD) {
			throw notHeld();
		}
		Instant now = this.clock.instant();
		UUID openingId = this.offers.openingOf(id);
		boolean declined = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.offers.end(id, OfferStatus.DECLINED, by, now)) {
				return false;
			}
			this.held.released(new Ended(id, offer.entryId(), openingId), OfferStatus.DECLINED, by, now);
			return true;
		}));
		if (!declined) {
			throw notHeld();
		}
		this.maker.offer(openingId, by);
		return get(id);
	}

	private static void requireHeld(WaitlistOffer offer) {
		if (offer.status() != OfferStatus.HELD) {
			throw notHeld();
		}
	}

	private static ConflictException notHeld() {
		return new ConflictException("offer-not-held", "Offer no longer holds the slot",
				"This offer was confirmed, declined or withdrawn, or its hold lapsed. Look at the open offers.");
	}

}
