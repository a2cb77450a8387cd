package com.ptpractice.gateway.browser;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The practice as a whole, as the front end needs it.
 *
 * @param zone the practice's own time zone ({@code PRACTICE_ZONE}): report dates (a
 * report's "as of" day, audit times, a therapist's standing today) are days and times
 * there, not UTC's nor the browser's; a zone that is not an IANA id stops the gateway
 * from starting
 */
@ConfigurationProperties("ptpractice.practice")
record PracticeProperties(@DefaultValue("America/Denver") ZoneId zone) {
}
