package com.ptpractice.credentialing.system;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.security.ServletResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * This service checks every token itself (issuer, signature, expiry, audience), whether
 * or not the request came through the gateway. Staff and platform services only: patients
 * have no business with credentials (the OpenAPI document is open, as in every service).
 * Which staff role may do what is decided per use case with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return ServletResourceServer.securityFilterChain(http,
				(authorize) -> authorize.requestMatchers("/**")
					.hasAnyRole(Roles.FRONT_DESK, Roles.THERAPIST, Roles.CREDENTIALING_ADMIN, Roles.PRACTICE_ADMIN,
							Roles.SERVICE));
	}

}
