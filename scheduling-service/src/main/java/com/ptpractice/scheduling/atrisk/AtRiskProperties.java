package com.ptpractice.scheduling.atrisk;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily at-risk check runs ({@code AT_RISK_CRON}, {@code AT_RISK_ZONE}).
 *
 * @param cron when, as a Spring cron expression
 * @param zone the zone the cron and "today" are read in
 */
@ConfigurationProperties("ptpractice.at-risk")
public record AtRiskProperties(String cron, ZoneId zone) {
}
