package com.ptpractice.common.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every servlet service accepts from a client: dates and times within
 * {@link ClientTimes}' years, in JSON bodies and in request parameters and path variables
 * alike, as ISO-8601 text; whole numbers written whole. Applied to every service that
 * depends on this module, so none can forget it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ JacksonModule.class, JsonMapperBuilderCustomizer.class, WebMvcConfigurer.class })
public class ClientInputAutoConfiguration {

	/** Boot registers every {@link JacksonModule} bean with the application's mapper. */
	@Bean
	BoundedTimesModule boundedTimesModule() {
		return new BoundedTimesModule();
	}

	/**
	 * A whole number is written whole: {@code "version": 1.5} or {@code "hours": 2.9} is
	 * a 400 naming the property, not silently cut to 1 or 2.
	 */
	@Bean
	JsonMapperBuilderCustomizer wholeNumbersOnly() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
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
