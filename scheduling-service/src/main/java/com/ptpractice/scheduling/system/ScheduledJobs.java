package com.ptpractice.scheduling.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the service's scheduled jobs (the daily at-risk check), each under a lock that
 * holds across every instance of the service: ShedLock's row in the {@code shedlock}
 * table, timed by PostgreSQL's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledJobs {

	@Bean
	LockProvider jobLockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	LockingTaskExecutor jobLocks(LockProvider jobLockProvider) {
		return new DefaultLockingTaskExecutor(jobLockProvider);
	}

}
