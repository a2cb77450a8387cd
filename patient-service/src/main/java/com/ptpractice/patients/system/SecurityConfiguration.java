package com.ptpractice.patients.system;

import com.ptpractice.common.security.ServletResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * This service checks every token itself (issuer, signature, expiry, audience), whether
 * or not the request came through the gateway. Every request for patient data needs a
 * valid token; who may see which patient is decided per use case.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return ServletResourceServer.securityFilterChain(http, (authorize) -> {
		});
	}

}
