package com.ptpractice.common.web;

import tools.jackson.databind.JacksonModule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounds every date and time a client sends to a servlet service, in JSON bodies and in
 * request parameters and path variables alike (see {@link ClientTimes}). Applied to every
 * service that depends on this module, so none can forget it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ JacksonModule.class, WebMvcConfigurer.class })
public class ClientInputAutoConfiguration {

	/** Boot registers every {@link JacksonModule} bean with the application's mapper. */
	@Bean
	BoundedTimesModule boundedTimesModule() {
		return new BoundedTimesModule();
	}

	@Bean
	WebMvcConfigurer boundedDateTimeParameters() {
		return new WebMvcConfigurer() {

			@Override
			public void addFormatters(FormatterRegistry registry) {
				// registered after Spring's own, so it is asked first
				registry.addFormatterForFieldAnnotation(new BoundedDateTimeFormat());
			}

		};
	}

}
