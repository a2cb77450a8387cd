package com.ptpractice.common.security;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Wraps each service's access-token decoder (Boot's, from
 * {@code spring.security.oauth2.resourceserver}) in {@link VerifiedTokens}.
 * {@code ptpractice.security.remember-verified-tokens=false} (env
 * {@code PTPRACTICE_SECURITY_REMEMBER_VERIFIED_TOKENS}) verifies every request's token
 * from scratch again.
 */
@AutoConfiguration
@ConditionalOnClass(JwtDecoder.class)
@ConditionalOnBooleanProperty(name = "ptpractice.security.remember-verified-tokens", matchIfMissing = true)
public class VerifiedTokensAutoConfiguration {

	@Bean
	static BeanPostProcessor rememberVerifiedServletTokens() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
					return new VerifiedTokens(decoder, Clock.systemUTC());
				}
				return bean;
			}
		};
	}

}
