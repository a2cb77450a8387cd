package com.ptpractice.gateway.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.ptpractice.common.security.KeycloakJwt;
import reactor.core.publisher.Mono;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * The signed-in browser user: the ID token's identity with the realm roles of the access
 * token as {@code ROLE_} authorities, exactly as a bearer caller gets them. The access
 * token is checked by the same decoder as a bearer token (issuer, signature, expiry,
 * audience), so a session only starts with a token the services will accept.
 */
@Component
class KeycloakOidcUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();

	private final ReactiveJwtDecoder accessTokens;

	KeycloakOidcUserService(ReactiveJwtDecoder accessTokens) {
		this.accessTokens = accessTokens;
	}

	@Override
	public Mono<OidcUser> loadUser(OidcUserRequest request) {
		return this.delegate.loadUser(request)
			.zipWith(this.accessTokens.decode(request.getAccessToken().getTokenValue()))
			.map((userAndToken) -> {
				OidcUser user = userAndToken.getT1();
				Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
				authorities.addAll(Objects
					.requireNonNullElse(KeycloakJwt.realmRolesConverter().convert(userAndToken.getT2()), List.of()));
				return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
			});
	}

}
