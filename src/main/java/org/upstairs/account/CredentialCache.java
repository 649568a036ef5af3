package org.upstairs.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Remembers, for a short while, that a username and password were right, so that HTTP
 * Basic does not pay a BCrypt check (about 50 ms on two cores) on every request. Only a
 * salted SHA-256 digest of the password is kept; an account's change forgets it at once.
 */
@Component
class CredentialCache {

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final byte[] salt = new java.security.SecureRandom().generateSeed(16);

	private final Clock clock = Clock.systemUTC();

	private record Entry(byte[] digest, Caller caller, Instant expires) {
	}

	Caller lookUp(String username, String password) {
		Entry entry = this.entries.get(username);
		if (entry == null || entry.expires().isBefore(this.clock.instant())) {
			return null;
		}
		return MessageDigest.isEqual(entry.digest(), digest(username, password)) ? entry.caller() : null;
	}

	void remember(String username, String password, Caller caller) {
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(username,
				new Entry(digest(username, password), caller, this.clock.instant().plus(TIME_TO_LIVE)));
	}

	void forget(String username) {
		this.entries.remove(username);
	}

	private byte[] digest(String username, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(this.salt);
			sha.update(username.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			return sha.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
