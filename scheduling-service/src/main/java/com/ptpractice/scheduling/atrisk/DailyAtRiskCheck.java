package com.ptpractice.scheduling.atrisk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.ptpractice.scheduling.problems.DependencyUnavailableException;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, re-evaluates every upcoming needling visit (all pages of
 * {@link AtRiskWatch}) and records those that would now fail, so a front desk can rebook
 * before the patient arrives and the history shows when a visit became at risk. A run
 * covers the window from one instant fixed at its start, paged by key, and records that
 * window and how many visits it evaluated. A day is recorded once; a run that a
 * dependency interrupts records nothing and the retry schedule runs it again within the
 * quarter hour after its lock lapses.
 * <p>
 * With several instances, only one runs it: the scheduled run takes ShedLock's row
 * {@value #LOCK} in PostgreSQL first and the others skip theirs. The lock is kept at
 * least {@link #LOCK_AT_LEAST} (an instance whose cron fires a little later finds it
 * taken, not free) and lapses after {@link #LOCK_AT_MOST} when its holder crashed
 * mid-run.
 */
@Component
public class DailyAtRiskCheck {

	private static final Logger log = LoggerFactory.getLogger(DailyAtRiskCheck.class);

	static final String LOCK = "at-risk-daily";

	static final Duration LOCK_AT_LEAST = Duration.ofMinutes(10);

	static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	private final AtRiskWatch watch;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final AtRiskProperties properties;

	private final LockingTaskExecutor locks;

	DailyAtRiskCheck(AtRiskWatch watch, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock,
			AtRiskProperties properties, LockingTaskExecutor locks) {
		this.locks = locks;
		this.watch = watch;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	@Scheduled(cron = "${ptpractice.at-risk.cron}", zone = "${ptpractice.at-risk.zone}")
	void everyMorning() {
		runUnlessAnotherInstanceDoes();
	}

	/**
	 * Every {@code retry-cron} (a quarter hour): once today's run was due, runs it again
	 * if it is not recorded yet, so a run a dependency interrupted is retried within the
	 * hour, not the next day.
	 */
	@Scheduled(cron = "${ptpractice.at-risk.retry-cron}", zone = "${ptpractice.at-risk.zone}")
	void everyQuarterHour() {
		retryUnlessRecorded();
	}

	/** Runs today's check if it is due and not recorded yet; answers whether it ran. */
	boolean retryUnlessRecorded() {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.properties.zone()));
		ZonedDateTime firstDue = CronExpression.parse(this.properties.cron())
			.next(now.toLocalDate().atStartOfDay(this.properties.zone()).minusNanos(1));
		if (firstDue == null || now.isBefore(firstDue) || alreadyRecorded(now.toLocalDate())) {
			return false;
		}
		log.info("At-risk check for {} not recorded yet: running it now", now.toLocalDate());
		return runUnlessAnotherInstanceDoes();
	}

	/**
	 * Records today's run under the job's lock; false when another instance holds it.
	 */
	boolean runUnlessAnotherInstanceDoes() {
		LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, LOCK_AT_LEAST);
		TaskResult<Integer> result;
		try {
			result = this.locks.executeWithLock(this::recordToday, lock);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		if (!result.wasExecuted()) {
			log.info("At-risk check skipped here: another instance holds its lock");
		}
		return result.wasExecuted();
	}

	/**
	 * Records today's run unless it exists; answers how many visits are at risk, or -1.
	 */
	public int recordToday() {
		LocalDate day = LocalDate.now(this.clock.withZone(this.properties.zone()));
		if (alreadyRecorded(day)) {
			return countFor(day);
		}
		Instant from = this.clock.instant();
		try {
			List<AtRiskAppointment> atRisk = new ArrayList<>();
			int evaluated = evaluateWindow(from, atRisk);
			this.transactions.executeWithoutResult((status) -> record(day, from, evaluated, atRisk));
			log.info("At-risk check for {}: {} needling visits from {} to {} evaluated, {} at risk", day, evaluated,
					from, AtRiskWatch.windowEnd(from), atRisk.size());
			return atRisk.size();
		}
		catch (DependencyUnavailableException ex) {
			log.warn("At-risk check for {} could not finish: {} did not answer ({}); it runs again next time", day,
					ex.dependency(), String.valueOf(ex.getCause()));
			return -1;
		}
	}

	/**
	 * Every visit of the window that starts at {@code from}, page by page by key, each
	 * once: a visit booked or cancelled meanwhile moves no other across a page boundary.
	 */
	private int evaluateWindow(Instant from, List<AtRiskAppointment> atRisk) {
		int evaluated = 0;
		AtRiskWatch.KeysetPage page;
		AtRiskQueries.Position after = null;
		do {
			page = this.watch.evaluateAfter(from, after, AtRiskWatch.MAX_PAGE_SIZE);
			evaluated += page.evaluation().evaluated();
			atRisk.addAll(page.evaluation().atRisk());
			after = page.last();
		}
		while (page.evaluation().hasMore());
		return evaluated;
	}

	private void record(LocalDate day, Instant from, int evaluated, List<AtRiskAppointment> atRisk) {
		int inserted = this.jdbc.sql("""
				INSERT INTO at_risk_run (day, window_from, window_to, evaluated, at_risk, finished_at)
				VALUES (:day, :from, :to, :evaluated, :atRisk, :now)
				ON CONFLICT (day) DO NOTHING""")
			.param("day", day)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(AtRiskWatch.windowEnd(from)))
			.param("evaluated", evaluated)
			.param("atRisk", atRisk.size())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 0) {
			return; // another instance finished the day first
		}
		for (AtRiskAppointment appointment : atRisk) {
			this.jdbc
				.sql("""
						INSERT INTO at_risk_finding (day, appointment_id, reasons) VALUES (:day, :id, CAST(:reasons AS jsonb))
						ON CONFLICT DO NOTHING""")
				.param("day", day)
				.param("id", appointment.appointmentId())
				.param("reasons", this.json.writeValueAsString(appointment.reasons()))
				.update();
		}
	}

	private boolean alreadyRecorded(LocalDate day) {
		return this.jdbc.sql("SELECT count(*) FROM at_risk_run WHERE day = :day")
			.param("day", day)
			.query(Integer.class)
			.single() > 0;
	}

	private int countFor(LocalDate day) {
		return this.jdbc.sql("SELECT at_risk FROM at_risk_run WHERE day = :day")
			.param("day", day)
			.query(Integer.class)
			.single();
	}

}
