package com.ptpractice.scheduling.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.ptpractice.needling.Decision;
import com.ptpractice.scheduling.availability.AvailabilityService;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import com.ptpractice.scheduling.waitlist.OfferStore.Candidate;
import com.ptpractice.scheduling.waitlist.OfferStore.Opening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers freed time to the waiting entries it suits, in the order they asked: the first
 * for whom the therapist is free then and, for a needling type, the one decision at the
 * slot's instant allows it, gets a hold on it. A needling entry the decision refuses is
 * not offered this time again; when the decision cannot be taken (a service did not
 * answer) nothing is offered and the opening stays open for the next run of
 * {@link WaitlistJob}. Calls to other services happen outside any transaction; the hold
 * is written in a short one, and the database refuses it if the time was taken meanwhile.
 */
@Component
class OfferMaker {

	private static final Logger log = LoggerFactory.getLogger(OfferMaker.class);

	/** Entries looked at for one opening in one turn. */
	static final int CANDIDATES_PER_TURN = 20;

	private final OfferStore offers;

	private final WaitlistStore entries;

	private final HeldTime held;

	private final AvailabilityService availability;

	private final DryNeedlingDecisions needling;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final WaitlistProperties properties;

	OfferMaker(OfferStore offers, WaitlistStore entries, HeldTime held, AvailabilityService availability,
			DryNeedlingDecisions needling, TransactionTemplate transaction, JsonMapper json, Clock clock,
			WaitlistProperties properties) {
		this.offers = offers;
		this.entries = entries;
		this.held = held;
		this.availability = availability;
		this.needling = needling;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/** Offers the opening if it is open; answers the offer made, if any. */
	Optional<UUID> offer(UUID openingId, String actor) {
		Opening opening = this.offers.opening(openingId).orElse(null);
		if (opening == null || !opening.status().equals("OPEN")) {
			return Optional.empty();
		}
		if (!opening.startsAt().isAfter(this.clock.instant()) || !opening.clinicActive()) {
			this.offers.moveOpening(openingId, "CLOSED");
			return Optional.empty();
		}
		try {
			for (Candidate candidate : this.offers.candidates(openingId, CANDIDATES_PER_TURN)) {
				Outcome outcome = offerTo(opening, candidate, actor);
				if (outcome.offer().isPresent() || outcome.taken()) {
					return outcome.offer();
				}
			}
		}
		catch (DependencyUnavailableException ex) {
			log.warn("Opening {} not offered now: {} did not answer; it is offered again on the next run", openingId,
					ex.dependency());
		}
		return Optional.empty();
	}

	private Outcome offerTo(Opening opening, Candidate candidate, String actor) {
		if (!this.availability.isFree(candidate.typeCode(), opening.clinicId(), opening.therapistId(),
				opening.startsAt())) {
			return Outcome.NEXT;
		}
		if (candidate.needling() && !allowed(opening, candidate, actor)) {
			return Outcome.NEXT;
		}
		UUID id = UUID.randomUUID();
		try {
			boolean made = Boolean.TRUE
				.equals(this.transaction.execute((status) -> hold(id, opening, candidate, actor)));
			return made ? Outcome.made(id) : Outcome.NEXT;
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Opening {} was taken before it could be held", opening.id());
			return Outcome.TAKEN;
		}
	}

	/**
	 * The one needling decision at the slot's instant; a refusal is recorded (with its
	 * reasons) so this opening is not asked about for the entry again.
	 */
	private boolean allowed(Opening opening, Candidate candidate, String actor) {
		DryNeedlingDecisions.Parts parts = this.needling.ask(candidate.patientId(), opening.therapistId(),
				opening.state(), opening.zoneId(), opening.startsAt());
		Decision decision = this.needling.decide(parts);
		if (decision.eligible()) {
			return true;
		}
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			this.offers.refused(opening.id(), candidate.entryId(), this.json.writeValueAsString(decision.reasons()),
					now);
			this.entries.event(candidate.entryId(), null, "NOT_ELIGIBLE", actor, now);
		});
		log.info("Opening {} not offered to waitlist entry {}: dry needling not allowed ({})", opening.id(),
				candidate.entryId(), decision.codes());
		return false;
	}

	private boolean hold(UUID id, Opening opening, Candidate candidate, String actor) {
		Instant now = this.clock.instant();
		this.held.expire(now, opening.therapistId(), opening.startsAt(), candidate.endsAt());
		if (!this.entries.move(candidate.entryId(), EntryStatus.WAITING, EntryStatus.OFFERED)) {
			return false;
		}
		this.offers.insertHeld(id, opening, candidate, now, this.properties.holdFor());
		this.offers.moveOpening(opening.id(), "OFFERED");
		this.entries.event(candidate.entryId(), id, "OFFERED", actor, now);
		log.info("Opening {} offered to waitlist entry {} (offer {})", opening.id(), candidate.entryId(), id);
		return true;
	}

	/** What offering to one entry came to. */
	private record Outcome(Optional<UUID> offer, boolean taken) {

		static final Outcome NEXT = new Outcome(Optional.empty(), false);

		static final Outcome TAKEN = new Outcome(Optional.empty(), true);

		static Outcome made(UUID id) {
			return new Outcome(Optional.of(id), false);
		}

	}

}
