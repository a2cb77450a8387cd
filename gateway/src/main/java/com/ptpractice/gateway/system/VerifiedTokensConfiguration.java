package com.ptpractice.gateway.system;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Wraps the access-token decoder (Boot's, from
 * {@code spring.security.oauth2.resourceserver}) in {@link VerifiedTokens}, for the
 * bearer tokens of every route and the browser session's tokens alike.
 * {@code GATEWAY_TOKEN_CACHE=false} verifies every request's token from scratch again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "ptpractice.security.remember-verified-tokens", matchIfMissing = true)
class VerifiedTokensConfiguration {

	@Bean
	static BeanPostProcessor rememberVerifiedTokens() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
					return new VerifiedTokens(decoder, Clock.systemUTC());
				}
				return bean;
			}
		};
	}

}
