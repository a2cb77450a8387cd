package com.ptpractice.credentialing.expiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each day's expiry report once. Running it again the same day (a restart, a
 * second instance) changes nothing: the first record of the day stands.
 */
@Service
public class DailyExpiryRecord {

	private static final Logger log = LoggerFactory.getLogger(DailyExpiryRecord.class);

	private final ExpiryWatch watch;

	private final ExpirySnapshots snapshots;

	private final ExpiryWatchProperties properties;

	private final Clock clock;

	DailyExpiryRecord(ExpiryWatch watch, ExpirySnapshots snapshots, ExpiryWatchProperties properties, Clock clock) {
		this.watch = watch;
		this.snapshots = snapshots;
		this.properties = properties;
		this.clock = clock;
	}

	/** Records today's report, in the configured zone, unless it exists. */
	@Transactional
	public boolean recordToday() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
		if (this.snapshots.exists(today)) {
			log.info("Expiry report for {} already recorded", today);
			return false;
		}
		ExpiryReport report = this.watch.report(today, this.properties.withinDays());
		boolean recorded = this.snapshots.recordOnce(report, this.clock.instant());
		log.info("Expiry report for {} recorded: {} therapists with something expiring", today,
				report.therapists().size());
		return recorded;
	}

	/** The report recorded on that day, if any. */
	@Transactional(readOnly = true)
	public Optional<ExpiryReport> recordedOn(LocalDate day) {
		return this.snapshots.find(day);
	}

}
