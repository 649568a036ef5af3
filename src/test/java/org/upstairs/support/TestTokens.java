package org.upstairs.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Bearer JWTs for tests, signed like the configured test issuer's (its public key is
 * {@code src/test/resources/jwt/public.pem}) or with another key.
 */
public final class TestTokens {

	private TestTokens() {
	}

	/**
	 * The test issuer's private key.
	 * @return the key matching {@code jwt/public.pem}
	 * @throws Exception if the key cannot be read
	 */
	public static PrivateKey issuerKey() throws Exception {
		String pem = Files.readString(Path.of("src/test/resources/jwt/private.pem"), StandardCharsets.US_ASCII)
			.replaceAll("-----[A-Z ]+-----", "")
			.replaceAll("\\s", "");
		return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
	}

	/**
	 * A token valid for ten minutes.
	 * @param key the signing key
	 * @param claims the claims besides subject, issuer, audience, issue and expiry times
	 * @return the serialized JWT
	 * @throws Exception if signing fails
	 */
	public static String token(PrivateKey key, Map<String, Object> claims) throws Exception {
		return sign(key, claims(claims).build());
	}

	/**
	 * What the configured test issuer puts in a token valid for ten minutes, and these
	 * claims: change it to make a token the service must refuse.
	 * @param claims the claims besides subject, issuer, audience, issue and expiry times
	 * @return the claims, to build
	 */
	public static JWTClaimsSet.Builder claims(Map<String, Object> claims) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("subject")
			.issuer(IntegrationTest.TOKEN_ISSUER)
			.audience(IntegrationTest.TOKEN_AUDIENCE)
			.issueTime(new Date())
			.expirationTime(new Date(System.currentTimeMillis() + 600_000));
		claims.forEach(builder::claim);
		return builder;
	}

	/**
	 * Signs claims with RS256.
	 * @param key the signing key
	 * @param claims the claims
	 * @return the serialized JWT
	 * @throws Exception if signing fails
	 */
	public static String sign(PrivateKey key, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
