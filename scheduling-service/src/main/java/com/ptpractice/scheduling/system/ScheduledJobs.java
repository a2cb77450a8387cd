package com.ptpractice.scheduling.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the service's scheduled jobs (the daily at-risk check).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledJobs {

}
