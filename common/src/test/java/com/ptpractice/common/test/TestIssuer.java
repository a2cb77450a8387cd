package com.ptpractice.common.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for Keycloak's token signing in tests that exercise the real JWT decoder: it
 * serves a JWKS like Keycloak's {@code .../protocol/openid-connect/certs} and mints RS256
 * access tokens whose issuer, audience, expiry and roles a test chooses. Tokens signed by
 * a {@link #foreign()} issuer carry a key the service has never seen.
 */
public final class TestIssuer implements AutoCloseable {

	public static final String REALM_PATH = "/realms/clinic";

	public static final String AUDIENCE = "pt-practice-api";

	private final RSAKey key;

	private final @Nullable HttpServer server;

	private TestIssuer(boolean serve) {
		this.key = newKey();
		this.server = serve ? serveJwks(this.key) : null;
	}

	/** Starts serving the JWKS on a free local port. */
	public static TestIssuer start() {
		return new TestIssuer(true);
	}

	/** An issuer, never served, whose keys no service trusts. */
	public static TestIssuer foreign() {
		return new TestIssuer(false);
	}

	/** Base URL standing in for {@code KEYCLOAK_URL}. */
	public String baseUrl() {
		if (this.server == null) {
			throw new IllegalStateException("A foreign issuer serves no keys");
		}
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The {@code iss} of the tokens, standing in for {@code KEYCLOAK_ISSUER_URI}. */
	public String issuer() {
		return "http://localhost:8180" + REALM_PATH;
	}

	/** Points a Spring context's resource server at this issuer. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
				() -> baseUrl() + REALM_PATH + "/protocol/openid-connect/certs");
	}

	/** A valid five-minute token for a user with these realm roles. */
	public String token(String subject, String... roles) {
		return token(subject, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), roles);
	}

	/**
	 * A valid five-minute token for a user with these realm roles and these profile
	 * claims (such as {@code name}, {@code given_name}; a {@code preferred_username}
	 * replaces the default one).
	 */
	public String token(String subject, Map<String, Object> profile, String... roles) {
		JWTClaimsSet.Builder claims = claims(subject, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)),
				roles);
		profile.forEach(claims::claim);
		return sign(claims.build());
	}

	public String expiredToken(String subject, String... roles) {
		return token(subject, issuer(), AUDIENCE, Instant.now().minus(Duration.ofMinutes(10)), roles);
	}

	public String tokenFor(String subject, String issuer, String audience, Instant expiresAt, String... roles) {
		return token(subject, issuer, audience, expiresAt, roles);
	}

	/**
	 * An ID token as Keycloak issues it at a browser's sign-in: for the client that
	 * asked, echoing its nonce, with the user's profile claims.
	 */
	public String idToken(String subject, String clientId, String nonce, Map<String, Object> profile) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer())
			.audience(clientId)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("azp", clientId)
			.claim("nonce", nonce);
		profile.forEach(claims::claim);
		return sign(claims.build());
	}

	/**
	 * The public keys, as Keycloak's {@code .../protocol/openid-connect/certs} serves
	 * them.
	 */
	public String jwks() {
		return new JWKSet(this.key.toPublicJWK()).toString();
	}

	private String token(String subject, String issuer, String audience, Instant expiresAt, String... roles) {
		return sign(claims(subject, issuer, audience, expiresAt, roles).build());
	}

	private static JWTClaimsSet.Builder claims(String subject, String issuer, String audience, Instant expiresAt,
			String... roles) {
		return new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer)
			.audience(List.of(audience, "account"))
			.issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
			.expirationTime(Date.from(expiresAt))
			.jwtID(UUID.randomUUID().toString())
			.claim("azp", "clinic-cli")
			.claim("preferred_username", "user-" + subject)
			.claim("realm_access", Map.of("roles", List.of(roles)));
	}

	private String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	private static RSAKey newKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer serveJwks(RSAKey key) {
		byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext(REALM_PATH + "/protocol/openid-connect/certs", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
