package com.ptpractice.common.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Puts {@link RequestsInFlight} first in every servlet service's filter chain, ahead of
 * Spring Security's, so a request refused for want of a turn costs no token check.
 * Settings {@code ptpractice.requests.max-in-flight} (64) and
 * {@code ptpractice.requests.queue-wait} (1 s), set from {@code REQUESTS_MAX_IN_FLIGHT}
 * and {@code REQUESTS_QUEUE_WAIT} in each service's {@code application.yml}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(RequestsInFlight.Settings.class)
public class RequestsInFlightAutoConfiguration {

	@Bean
	FilterRegistrationBean<RequestsInFlight> requestsInFlight(RequestsInFlight.Settings settings,
			Environment environment) {
		String name = environment.getProperty("spring.application.name", "service").replace('-', ' ');
		FilterRegistrationBean<RequestsInFlight> registration = new FilterRegistrationBean<>(
				new RequestsInFlight(settings, name));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
