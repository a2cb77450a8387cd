package com.ptpractice.gateway.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The web front end's Keycloak client, next to the registrations configured under
 * {@code spring.security.oauth2.client} (the gateway's own service identity).
 * <p>
 * Built here rather than from properties because the browser and the gateway reach
 * Keycloak at different addresses (in docker compose {@code localhost:8180} and
 * {@code keycloak:8180}), while the issuer is checked without a discovery call at start.
 * PKCE (S256) is required explicitly: Spring Security 7 applies it by default, and this
 * keeps it so for a confidential client whatever the default becomes. The tokens a
 * browser's sign-in yields are kept in its server-side session, never sent to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ BrowserProperties.class, OAuth2ClientProperties.class })
class BrowserClientConfiguration {

	/** The registration id of the web front end's client; also in the callback path. */
	static final String REGISTRATION = "clinic-web";

	@Bean
	ReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
			BrowserProperties browser) {
		List<ClientRegistration> registrations = new ArrayList<>(
				new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values());
		registrations.add(webClient(browser));
		return new InMemoryReactiveClientRegistrationRepository(registrations);
	}

	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	static ClientRegistration webClient(BrowserProperties browser) {
		return ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(browser.clientId())
			.clientSecret(browser.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(browser.issuerUri().toString())
			.authorizationUri(browser.publicEndpoint("auth"))
			.tokenUri(browser.internalEndpoint("token"))
			.jwkSetUri(browser.internalEndpoint("certs"))
			.userInfoUri(browser.internalEndpoint("userinfo"))
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", browser.publicEndpoint("logout")))
			.clientName("Web front end")
			.build();
	}

}
