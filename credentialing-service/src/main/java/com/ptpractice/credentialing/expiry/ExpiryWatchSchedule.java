package com.ptpractice.credentialing.expiry;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the daily expiry record on the cron of {@link ExpiryWatchProperties}, in its zone,
 * on one instance of the service: each run first takes ShedLock's row {@value #LOCK} in
 * PostgreSQL and the other instances skip theirs. The lock is kept at least
 * {@link #LOCK_AT_LEAST} and lapses after {@link #LOCK_AT_MOST} when its holder crashed.
 */
@Configuration(proxyBeanMethods = false)
class ExpiryWatchSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ExpiryWatchSchedule.class);

	private static final String DISABLED = "-";

	static final String LOCK = "expiry-daily";

	static final Duration LOCK_AT_LEAST = Duration.ofMinutes(10);

	static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	private final DailyExpiryRecord record;

	private final ExpiryWatchProperties properties;

	private final LockingTaskExecutor locks;

	ExpiryWatchSchedule(DailyExpiryRecord record, ExpiryWatchProperties properties, LockingTaskExecutor locks) {
		this.record = record;
		this.properties = properties;
		this.locks = locks;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!DISABLED.equals(this.properties.cron())) {
			registrar.addCronTask(new CronTask(this::runUnlessAnotherInstanceDoes,
					new CronTrigger(this.properties.cron(), this.properties.zone())));
		}
	}

	/**
	 * Records today's report under the job's lock; false when another instance holds it.
	 */
	boolean runUnlessAnotherInstanceDoes() {
		LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, LOCK_AT_LEAST);
		TaskResult<Boolean> result;
		try {
			result = this.locks.executeWithLock(this.record::recordToday, lock);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		if (!result.wasExecuted()) {
			log.info("Expiry report skipped here: another instance holds its lock");
		}
		return result.wasExecuted();
	}

}
