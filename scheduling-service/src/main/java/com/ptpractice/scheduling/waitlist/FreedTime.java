package com.ptpractice.scheduling.waitlist;

import java.util.UUID;

import com.ptpractice.scheduling.booking.VisitTimeFreed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns time a cancellation or a reschedule freed into an opening, in the transaction
 * that freed it (so none is lost), and offers it once that transaction committed. The
 * offer is made outside that transaction (it may ask other services); if it fails, the
 * opening stays open and {@link WaitlistJob} offers it on its next run.
 */
@Component
class FreedTime {

	private static final Logger log = LoggerFactory.getLogger(FreedTime.class);

	private final OfferStore offers;

	private final OfferMaker maker;

	private final TransactionTemplate outsideTransaction;

	FreedTime(OfferStore offers, OfferMaker maker, PlatformTransactionManager transactions) {
		this.offers = offers;
		this.maker = maker;
		this.outsideTransaction = new TransactionTemplate(transactions);
		this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	@EventListener
	void freed(VisitTimeFreed freed) {
		if (!freed.startsAt().isAfter(freed.at())) {
			return;
		}
		UUID opening = UUID.randomUUID();
		this.offers.insertOpening(opening, freed.therapistId(), freed.clinicId(), freed.startsAt(), freed.endsAt(),
				freed.appointmentId(), freed.at());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					offerOutsideTheTransaction(opening, freed.by());
				}
			});
		}
	}

	/**
	 * After the commit the freeing transaction's connection is still bound to the thread;
	 * the offer runs with it set aside, in transactions of its own.
	 */
	private void offerOutsideTheTransaction(UUID opening, String by) {
		try {
			this.outsideTransaction.executeWithoutResult((status) -> this.maker.offer(opening, by));
		}
		catch (RuntimeException ex) {
			log.warn("Opening {} not offered yet ({}); the waitlist job offers it on its next run", opening,
					ex.getClass().getSimpleName());
		}
	}

}
