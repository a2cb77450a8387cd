package com.ptpractice.scheduling.waitlist;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an offer holds a slot, and when lapsed holds are released and open slots
 * offered again.
 *
 * @param holdFor how long an offer holds the slot for its patient
 * ({@code WAITLIST_HOLD_FOR}, 15 minutes)
 * @param cron when the job releases lapsed holds and offers open slots again
 * ({@code WAITLIST_CRON}, every minute; {@code -} turns it off)
 */
@ConfigurationProperties("ptpractice.waitlist")
public record WaitlistProperties(Duration holdFor, String cron) {
}
