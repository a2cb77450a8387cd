package com.ptpractice.scheduling.atrisk;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily at-risk check runs ({@code AT_RISK_CRON}, {@code AT_RISK_ZONE}) and is
 * retried.
 *
 * @param cron when, as a Spring cron expression
 * @param retryCron when a day's run that is due but not recorded (a dependency
 * interrupted it) is tried again ({@code AT_RISK_RETRY_CRON}, every quarter hour)
 * @param zone the zone the cron and "today" are read in
 */
@ConfigurationProperties("ptpractice.at-risk")
public record AtRiskProperties(String cron, String retryCron, ZoneId zone) {
}
