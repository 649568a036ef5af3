package org.upstairs.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.upstairs.config.CypherScripts;

/**
 * The console's sign-in, kept in a signed cookie instead of a server session, so that any
 * instance of the service answers any request. The cookie names the account, when the
 * sign-in ends and a random nonce; its HMAC covers those and the account's password hash
 * and sign-out count, so a changed password or a sign-out ends every session of the
 * account, and each request re-reads the account, so a disabled or re-roled account takes
 * effect at once. The signing key comes from {@code upstairs.security.session.key} or,
 * when unset, is made once and kept in the database, shared by every instance.
 * <p>
 * A request that carries an {@code Authorization} header is an API client's: its cookie
 * is ignored, and so is CSRF. The CSRF token of a session is derived from its nonce (see
 * {@link #csrfToken}), the synchronizer-token pattern without server state.
 */
@Component
class SessionCookies implements SecurityContextRepository {

	static final String COOKIE = "UPSTAIRS_SESSION";

	static final String SIGN_IN_PATH = "/sign-in";

	/** The request attribute with the session a sign-in has just issued. */
	private static final String ISSUED = SessionCookies.class.getName() + ".issued";

	private static final String SIGNED_IN = SessionCookies.class.getName() + ".signedIn";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder BASE64_DECODER = Base64.getUrlDecoder();

	private final Accounts accounts;

	private final SessionSettings settings;

	private final SingletonSupplier<byte[]> key;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	@Autowired
	SessionCookies(Accounts accounts, SessionSettings settings, Neo4jClient neo4j, CypherScripts cypher) {
		this(accounts, settings, () -> storedKey(neo4j, cypher, settings), Clock.systemUTC());
	}

	SessionCookies(Accounts accounts, SessionSettings settings, java.util.function.Supplier<byte[]> key, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.key = SingletonSupplier.of(key);
		this.clock = clock;
	}

	private static byte[] storedKey(Neo4jClient neo4j, CypherScripts cypher, SessionSettings settings) {
		if (settings.key() != null && !settings.key().isBlank()) {
			byte[] configured = Base64.getDecoder().decode(settings.key().trim());
			if (configured.length < 32) {
				throw new IllegalStateException("upstairs.security.session.key must be at least 32 bytes, base64");
			}
			return configured;
		}
		byte[] candidate = new byte[32];
		new SecureRandom().nextBytes(candidate);
		String value = neo4j.query(cypher.query("queries/account/session-key"))
			.bindAll(Map.of("candidate", Base64.getEncoder().encodeToString(candidate)))
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		return Base64.getDecoder().decode(value);
	}

	/** A session as its cookie carries it. */
	record Session(String username, long expiresAt, String nonce) {
	}

	// --- SecurityContextRepository ---

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		SingletonSupplier<SecurityContext> context = SingletonSupplier.of(() -> {
			SecurityContext loaded = SecurityContextHolder.createEmptyContext();
			signedIn(request).ifPresent(loaded::setAuthentication);
			return loaded;
		});
		return new DeferredSecurityContext() {
			@Override
			public SecurityContext get() {
				return context.obtain();
			}

			@Override
			public boolean isGenerated() {
				return context.obtain().getAuthentication() == null;
			}
		};
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	/**
	 * Issues the cookie after a sign-in through the form; nothing else writes it (a Basic
	 * or bearer request must not leave a session behind).
	 */
	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = context.getAuthentication();
		if (!isSignIn(request) || authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof Caller caller) || caller.username() == null) {
			return;
		}
		String secret = this.accounts.credentials(caller.username()).map(SessionCookies::accountSecret).orElse("");
		byte[] nonce = new byte[18];
		this.random.nextBytes(nonce);
		Session session = new Session(caller.username(),
				this.clock.instant().plus(this.settings.lifetime()).getEpochSecond(), BASE64.encodeToString(nonce));
		String payload = BASE64.encodeToString(session.username().getBytes(StandardCharsets.UTF_8)) + "."
				+ session.expiresAt() + "." + session.nonce();
		String inner = payload + "." + BASE64.encodeToString(sign(payload, secret));
		String value = inner + "." + BASE64.encodeToString(sign(inner, ""));
		writeCookie(request, response, value, this.settings.lifetime());
		request.setAttribute(ISSUED, session);
		request.removeAttribute(SIGNED_IN);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return signedIn(request).isPresent();
	}

	// --- for the sign-in handlers, CSRF and sign-out ---

	/**
	 * The account a request's cookie speaks for, if the cookie is valid and it may; read
	 * once per request.
	 */
	@SuppressWarnings("unchecked")
	Optional<Authentication> signedIn(HttpServletRequest request) {
		Object known = request.getAttribute(SIGNED_IN);
		if (known != null) {
			return (Optional<Authentication>) known;
		}
		Optional<Authentication> signedIn = readSignedIn(request);
		request.setAttribute(SIGNED_IN, signedIn);
		return signedIn;
	}

	private Optional<Authentication> readSignedIn(HttpServletRequest request) {
		String value = cookieValue(request);
		return session(request).filter((session) -> request.getAttribute(ISSUED) == null)
			// The outer signature needs only the key: a forged cookie costs no database
			// read.
			.filter((session) -> value != null && validOuterSignature(value))
			.flatMap((session) -> {
				Accounts.Credentials credentials = this.accounts.credentials(session.username()).orElse(null);
				if (credentials == null || credentials.account().disabled()
						|| !validSignature(value.substring(0, value.lastIndexOf('.')), accountSecret(credentials))) {
					return Optional.empty();
				}
				Caller caller = new Caller(credentials.account().username(), credentials.account().role(),
						credentials.account().companyId());
				return Optional.of(UsernamePasswordAuthenticationToken.authenticated(caller,
						new Proof(session.expiresAt(), digest(accountSecret(credentials))),
						AccountAuthenticationProvider.authenticated(caller).getAuthorities()));
			});
	}

	/**
	 * What a session cookie proved when it was read, kept as the authentication's
	 * credentials: a connection that lives on after the request (a WebSocket) is checked
	 * against it again, so that a sign-out or a new password ends it too.
	 *
	 * @param expiresAt when the session ends, epoch seconds
	 * @param secretDigest a digest of the account's password hash and sign-out count then
	 */
	record Proof(long expiresAt, String secretDigest) {
	}

	/** Whether a session proven earlier still holds for the account as it is now. */
	boolean stillHolds(Proof proof, Accounts.Credentials now) {
		return proof.expiresAt() > this.clock.instant().getEpochSecond()
				&& MessageDigest.isEqual(proof.secretDigest().getBytes(StandardCharsets.UTF_8),
						digest(accountSecret(now)).getBytes(StandardCharsets.UTF_8));
	}

	private String digest(String secret) {
		return BASE64.encodeToString(sign("proof", secret));
	}

	/**
	 * The session of a request's cookie when its shape and expiry are right (its
	 * signature needs the account, see {@link #signedIn}); none for API clients.
	 */
	Optional<Session> session(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return Optional.empty();
		}
		Session issued = (Session) request.getAttribute(ISSUED);
		if (issued != null) {
			return Optional.of(issued);
		}
		String value = cookieValue(request);
		if (value == null) {
			return Optional.empty();
		}
		String[] parts = value.split("\\.", -1);
		if (parts.length != 5) {
			return Optional.empty();
		}
		try {
			String username = new String(BASE64_DECODER.decode(parts[0]), StandardCharsets.UTF_8);
			long expiresAt = Long.parseLong(parts[1]);
			if (expiresAt <= this.clock.instant().getEpochSecond()) {
				return Optional.empty();
			}
			return Optional.of(new Session(username, expiresAt, parts[2]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The CSRF token of a session: whoever can read it is a page of this service (it is
	 * only ever sent in response bodies); a page elsewhere has the cookie ride along but
	 * cannot learn the token.
	 */
	String csrfToken(Session session) {
		return BASE64.encodeToString(sign("csrf." + session.username() + "." + session.nonce(), ""));
	}

	/**
	 * Signs out: the browser's cookie is overwritten with an expired one, and every
	 * session of the account ends, so that a copy of the cookie is worth nothing either.
	 */
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		// Only a session the cookie proves: a made-up cookie must not end someone's
		// sessions.
		signedIn(request).ifPresent((signedIn) -> this.accounts.endSessions(Caller.of(signedIn).username()));
		writeCookie(request, response, "", Duration.ZERO);
	}

	// What a cookie's signature covers of its account: a new password, or a sign-out,
	// ends the sessions signed before.
	private static String accountSecret(Accounts.Credentials credentials) {
		return credentials.passwordHash() + "|" + credentials.sessionEpoch();
	}

	static boolean isSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && SIGN_IN_PATH.equals(request.getServletPath());
	}

	// value = payload.innerSignature: the inner signature covers the account's secret.
	private boolean validSignature(String value, String secret) {
		int lastDot = value.lastIndexOf('.');
		return matches(sign(value.substring(0, lastDot), secret), value.substring(lastDot + 1));
	}

	// cookie = inner.outerSignature: the outer signature needs the key alone.
	private boolean validOuterSignature(String cookie) {
		int lastDot = cookie.lastIndexOf('.');
		return lastDot > 0 && matches(sign(cookie.substring(0, lastDot), ""), cookie.substring(lastDot + 1));
	}

	private static boolean matches(byte[] expected, String encoded) {
		try {
			return MessageDigest.isEqual(expected, BASE64_DECODER.decode(encoded));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private byte[] sign(String payload, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.obtain(), "HmacSHA256"));
			mac.update(payload.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Over TLS the cookie is __Host-: a sibling subdomain cannot set or shadow it.
	private static String cookieName(HttpServletRequest request) {
		return request.isSecure() ? "__Host-" + COOKIE : COOKIE;
	}

	private static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		String name = cookieName(request);
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private void writeCookie(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(cookieName(request), value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax");
		if (maxAge.isZero()) {
			cookie.maxAge(0);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	/**
	 * The console's sessions.
	 *
	 * @param lifetime how long a sign-in lasts
	 * @param key base64 of at least 32 random bytes that sign the cookies; unset, one is
	 * made and kept in the database
	 */
	@ConfigurationProperties("upstairs.security.session")
	record SessionSettings(@DefaultValue("12h") Duration lifetime, String key) {
	}

}
