package com.ptpractice.scheduling.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute ({@code WAITLIST_CRON}): releases the holds that lapsed (each entry waits
 * again) and offers open time ahead again: to the next entry after a lapsed hold, to an
 * entry added since, or after a needling decision that could not be taken. Correctness
 * does not wait for it: a lapsed hold is free to availability and to booking at once.
 * With several instances only one runs it, under ShedLock's row {@value #LOCK}.
 */
@Component
class WaitlistJob {

	private static final Logger log = LoggerFactory.getLogger(WaitlistJob.class);

	static final String LOCK = "waitlist-offers";

	static final Duration LOCK_AT_MOST = Duration.ofMinutes(5);

	/** Openings offered again in one run. */
	static final int OPENINGS_PER_RUN = 50;

	private final HeldTime held;

	private final OfferStore offers;

	private final OfferMaker maker;

	private final TransactionTemplate transaction;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	WaitlistJob(HeldTime held, OfferStore offers, OfferMaker maker, TransactionTemplate transaction,
			LockingTaskExecutor locks, Clock clock) {
		this.held = held;
		this.offers = offers;
		this.maker = maker;
		this.transaction = transaction;
		this.locks = locks;
		this.clock = clock;
	}

	@Scheduled(cron = "${ptpractice.waitlist.cron}")
	void everyMinute() {
		LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, Duration.ZERO);
		try {
			TaskResult<Integer> result = this.locks.executeWithLock(this::run, lock);
			if (!result.wasExecuted()) {
				log.debug("Waitlist run skipped here: another instance holds its lock");
			}
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One run; answers how many offers it made. */
	int run() {
		Instant now = this.clock.instant();
		Integer expired = this.transaction.execute((status) -> this.held.expire(now, null, null, null));
		this.offers.closePast(now);
		List<UUID> open = this.offers.openOpenings(now, OPENINGS_PER_RUN);
		int made = 0;
		for (UUID opening : open) {
			if (this.maker.offer(opening, "system").isPresent()) {
				made++;
			}
		}
		if (expired != null && expired > 0 || made > 0) {
			log.info("Waitlist run: {} lapsed holds released, {} of {} open slots offered", expired, made, open.size());
		}
		return made;
	}

}
