package com.ptpractice.credentialing.expiry;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the daily expiry record on the cron of {@link ExpiryWatchProperties}, in its zone.
 */
@Configuration(proxyBeanMethods = false)
class ExpiryWatchSchedule implements SchedulingConfigurer {

	private static final String DISABLED = "-";

	private final DailyExpiryRecord record;

	private final ExpiryWatchProperties properties;

	ExpiryWatchSchedule(DailyExpiryRecord record, ExpiryWatchProperties properties) {
		this.record = record;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!DISABLED.equals(this.properties.cron())) {
			registrar.addCronTask(new CronTask(this.record::recordToday,
					new CronTrigger(this.properties.cron(), this.properties.zone())));
		}
	}

}
