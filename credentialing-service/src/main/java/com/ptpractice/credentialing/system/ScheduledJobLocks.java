package com.ptpractice.credentialing.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock each daily job takes so that one instance of the service runs it: ShedLock's
 * row in the {@code shedlock} table, timed by PostgreSQL's clock.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobLocks {

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
