package com.ptpractice.credentialing.system;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every feature reads time from, the daily jobs, and the OpenAPI document's
 * description (served at {@code /v3/api-docs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ApplicationConfiguration {

	private static final String BEARER = "keycloak";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	OpenAPI credentialingOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Credentialing service")
				.version("v1")
				.description("Therapists, licenses and certifications, their verification, the versioned state "
						+ "rules for dry needling, eligibility decisions, the expiry watch and the change audit. "
						+ "Through the gateway every path is under /api/credentialing."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
