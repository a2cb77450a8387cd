package com.ptpractice.credentialing.expiry;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the daily expiry watch runs and what it looks at.
 *
 * @param cron when the job runs (Spring cron, six fields); {@code -} turns it off
 * @param zone the zone whose calendar day the report is for, and the cron's zone
 * @param withinDays how many days ahead the recorded report looks
 */
@ConfigurationProperties("credentialing.expiry-watch")
public record ExpiryWatchProperties(@DefaultValue("0 15 2 * * *") String cron, @DefaultValue("UTC") ZoneId zone,
		@DefaultValue("60") int withinDays) {
}
