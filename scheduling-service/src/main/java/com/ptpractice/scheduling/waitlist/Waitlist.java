package com.ptpractice.scheduling.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.scheduling.appointmenttypes.AppointmentTypeCatalog;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.waitlist.OfferStore.Ended;
import com.ptpractice.scheduling.waitlist.WaitlistEntry.Window;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds patients to the waitlist, lists and removes them. Every change is written to the
 * waitlist's audit trail with the person who made it.
 */
@Service
public class Waitlist {

	/** The farthest a window may reach: the booking window's two years. */
	static final int MAX_YEARS_AHEAD = 2;

	private final WaitlistStore entries;

	private final OfferStore offers;

	private final HeldTime held;

	private final OfferMaker maker;

	private final AppointmentTypeCatalog types;

	private final ClinicService clinics;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Waitlist(WaitlistStore entries, OfferStore offers, HeldTime held, OfferMaker maker, AppointmentTypeCatalog types,
			ClinicService clinics, TransactionTemplate transaction, Clock clock) {
		this.entries = entries;
		this.offers = offers;
		this.held = held;
		this.maker = maker;
		this.types = types;
		this.clinics = clinics;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Adds the patient; 409 if they already wait for this type. */
	public WaitlistEntry add(UUID patientId, String typeCode, Window window, String by) {
		this.types.bookable(typeCode)
			.orElseThrow(() -> new InvalidFieldException("type", "is not a bookable appointment type"));
		check(window);
		Instant now = this.clock.instant();
		WaitlistEntry entry = new WaitlistEntry(UUID.randomUUID(), patientId, typeCode, window, EntryStatus.WAITING,
				now, by);
		this.transaction.executeWithoutResult((status) -> {
			if (!this.entries.insert(entry)) {
				throw new ConflictException("already-waiting", "Already on the waitlist",
						"This patient already waits for this appointment type. Remove that entry first to change it.");
			}
			this.entries.event(entry.id(), null, "ADDED", by, now);
		});
		return entry;
	}

	private void check(Window window) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		if (window.toDate().isBefore(window.fromDate())) {
			throw new InvalidFieldException("toDate", "must not be before fromDate");
		}
		if (window.toDate().isBefore(today.minusDays(1))) {
			throw new InvalidFieldException("toDate", "must not be in the past");
		}
		if (window.fromDate().isAfter(today.plusYears(MAX_YEARS_AHEAD))
				|| window.toDate().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
			throw new InvalidFieldException("toDate", "must be within two years from today");
		}
		if (!window.earliestTime().isBefore(window.latestTime())) {
			throw new InvalidFieldException("latestTime", "must be after earliestTime");
		}
		if (window.clinicIds().isEmpty() == (window.state() == null)) {
			throw new InvalidFieldException("clinicIds", "name some clinics or a state, not both");
		}
		if (window.state() != null) {
			ClinicService.checkedState("state", window.state());
		}
		for (UUID clinicId : window.clinicIds()) {
			try {
				this.clinics.get(clinicId);
			}
			catch (NotFoundException ex) {
				throw new InvalidFieldException("clinicIds", "names a clinic that does not exist: " + clinicId);
			}
		}
	}

	public WaitlistEntry get(UUID id) {
		return this.entries.find(id).orElseThrow(() -> new NotFoundException("waitlist entry", id));
	}

	/** The entry's offers, the latest first, as they stand now. */
	public List<WaitlistOffer> offersOf(UUID entryId) {
		Instant now = this.clock.instant();
		return this.offers.ofEntry(entryId).stream().map((offer) -> offer.asOf(now)).toList();
	}

	public List<WaitlistEntry> page(@Nullable EntryStatus status, int page, int size) {
		return this.entries.page(status, page, size);
	}

	public long count(@Nullable EntryStatus status) {
		return this.entries.count(status);
	}

	/**
	 * Takes the entry off the waitlist (again: nothing changes); an offer holding time
	 * for it is withdrawn and the time offered to the next entry. A booked entry stays.
	 */
	public WaitlistEntry remove(UUID id, String by) {
		WaitlistEntry entry = get(id);
		if (entry.status() == EntryStatus.BOOKED) {
			throw new ConflictException("entry-booked", "Already booked",
					"This entry's offer was confirmed: the visit is booked. Cancel the visit instead.");
		}
		Instant now = this.clock.instant();
		Optional<Ended> withdrawn = this.transaction.execute((status) -> {
			Optional<Ended> offer = this.entries.find(id)
				.filter((current) -> current.status() == EntryStatus.OFFERED)
				.flatMap((current) -> this.offers.heldOfEntry(id))
				.filter((held) -> this.offers.end(held.offerId(), OfferStatus.WITHDRAWN, by, now));
			offer.ifPresent((held) -> this.held.released(held, OfferStatus.WITHDRAWN, by, now));
			boolean removed = this.entries.move(id, EntryStatus.WAITING, EntryStatus.REMOVED);
			if (removed) {
				this.entries.event(id, null, "REMOVED", by, now);
			}
			else if (get(id).status() == EntryStatus.BOOKED) {
				throw new ConflictException("entry-booked", "Already booked",
						"This entry's offer was confirmed meanwhile: the visit is booked. Cancel the visit instead.");
			}
			return offer;
		});
		withdrawn.ifPresent((offer) -> this.maker.offer(offer.openingId(), by));
		return get(id);
	}

}
