package com.ptpractice.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin calls are allowed from the web front end's origins only (the front end
 * served by the gateway itself needs none). Spring Security applies this before
 * authentication, so preflight requests are answered without a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsSettings.WebProperties.class)
class CorsSettings {

	@Bean
	CorsConfigurationSource corsConfigurationSource(WebProperties web) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(web.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "traceparent"));
		cors.setExposedHeaders(List.of("Location", "ETag", "Retry-After"));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		return source;
	}

	/**
	 * The web front end.
	 *
	 * @param allowedOrigins origins allowed to call the API from a browser
	 */
	@ConfigurationProperties("ptpractice.web")
	record WebProperties(List<String> allowedOrigins) {

		WebProperties {
			allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
		}

	}

}
