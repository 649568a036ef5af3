package org.upstairs.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per username and per client address, and refuses either
 * one for a while once too many failed within a window, before any BCrypt check is spent
 * on it. It also bounds the BCrypt checks that run at once, so that a flood of wrong
 * passwords cannot take the processors from every other request; requests without
 * credentials never pass here.
 * <p>
 * The counts live in this process: several instances each count on their own.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final SignInSettings settings;

	private final Clock clock;

	private final Semaphore passwordChecks;

	private final Failures usernames;

	private final Failures addresses;

	@Autowired
	SignInThrottle(SignInSettings settings) {
		this(settings, Clock.systemUTC());
	}

	SignInThrottle(SignInSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.passwordChecks = new Semaphore(settings.passwordChecks(), true);
		this.usernames = new Failures("username", settings.usernameFailures(), settings.usernameWindow());
		this.addresses = new Failures("address", settings.addressFailures(), settings.addressWindow());
	}

	/**
	 * Refuses a sign-in whose username or address is locked.
	 * @param username the username it names
	 * @param address the client address, or null when unknown
	 * @throws SignInRefusedException when either is locked, with the time left
	 */
	void checkNotLocked(String username, String address) {
		Instant now = this.clock.instant();
		Duration left = this.usernames.lockedFor(username, now);
		Duration addressLeft = this.addresses.lockedFor(ClientAddress.throttleKey(address), now);
		if (addressLeft.compareTo(left) > 0) {
			left = addressLeft;
		}
		if (!left.isZero()) {
			throw SignInRefusedException.locked(left);
		}
	}

	/**
	 * Runs a password check once a turn is free, and counts it when it fails.
	 * @param username the username it names
	 * @param address the client address, or null when unknown
	 * @param passwordCheck the check; true when the sign-in succeeds
	 * @return the check's answer
	 * @throws SignInRefusedException when no turn came in time, or the username or
	 * address was locked while this sign-in waited
	 */
	boolean check(String username, String address, BooleanSupplier passwordCheck) {
		Duration wait = this.settings.passwordCheckWait();
		try {
			if (!this.passwordChecks.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw SignInRefusedException.busy(wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw SignInRefusedException.busy(wait);
		}
		try {
			// Sign-ins that queued together pass the first check together; once one of
			// them locks the username or address, the rest are refused here.
			checkNotLocked(username, address);
			boolean signedIn = passwordCheck.getAsBoolean();
			if (!signedIn) {
				Instant now = this.clock.instant();
				this.usernames.fail(username, now);
				this.addresses.fail(ClientAddress.throttleKey(address), now);
			}
			return signedIn;
		}
		finally {
			this.passwordChecks.release();
		}
	}

	/**
	 * Forgets a username's failures: its owner just signed in.
	 * @param username the username
	 */
	void signedIn(String username) {
		this.usernames.forget(username);
	}

	/** Forgets everything; for tests, which all sign in from the same address. */
	void forgetAll() {
		this.usernames.records.clear();
		this.addresses.records.clear();
	}

	int tracked() {
		return this.usernames.records.size() + this.addresses.records.size();
	}

	/** The failures of one kind of key: usernames, or addresses. */
	private final class Failures {

		private final String kind;

		private final int maxFailures;

		private final Duration window;

		private final Map<String, Record> records = new ConcurrentHashMap<>();

		private volatile boolean full;

		Failures(String kind, int maxFailures, Duration window) {
			this.kind = kind;
			this.maxFailures = maxFailures;
			this.window = window;
		}

		Duration lockedFor(String key, Instant now) {
			Record record = (key != null) ? this.records.get(key) : null;
			return (record != null) ? record.lockedFor(now) : Duration.ZERO;
		}

		void fail(String key, Instant now) {
			if (key == null) {
				return;
			}
			Record record = this.records.get(key);
			if (record == null) {
				if (this.records.size() >= SignInThrottle.this.settings.maxTracked()) {
					this.records.values().removeIf((quiet) -> quiet.isQuiet(now));
				}
				if (this.records.size() >= SignInThrottle.this.settings.maxTracked()) {
					// Once per episode: an attacker must not fill the log as well.
					if (!this.full) {
						log.warn("Too many {}s with failed sign-ins to count more; those counted still are", this.kind);
					}
					this.full = true;
					return;
				}
				this.full = false;
				record = this.records.computeIfAbsent(key, (absent) -> new Record());
			}
			record.fail(now);
		}

		void forget(String key) {
			this.records.remove(key);
		}

		/** One username's or address's recent failures and locks. */
		private final class Record {

			private final ArrayDeque<Instant> failures = new ArrayDeque<>();

			private int locks;

			private Instant lockedUntil = Instant.EPOCH;

			synchronized Duration lockedFor(Instant now) {
				return now.isBefore(this.lockedUntil) ? Duration.between(now, this.lockedUntil) : Duration.ZERO;
			}

			synchronized void fail(Instant now) {
				if (isQuiet(now)) {
					this.locks = 0;
				}
				this.failures.addLast(now);
				if (this.failures.size() >= Failures.this.maxFailures) {
					SignInSettings settings = SignInThrottle.this.settings;
					Duration lock = settings.lockTime().multipliedBy(1L << Math.min(this.locks, 20));
					if (lock.compareTo(settings.maxLockTime()) > 0) {
						lock = settings.maxLockTime();
					}
					this.locks++;
					this.lockedUntil = now.plus(lock);
					this.failures.clear();
				}
			}

			/**
			 * No failure within the window, and none since a window after its last lock.
			 */
			synchronized boolean isQuiet(Instant now) {
				Instant windowStart = now.minus(Failures.this.window);
				while (!this.failures.isEmpty() && !this.failures.peekFirst().isAfter(windowStart)) {
					this.failures.removeFirst();
				}
				return this.failures.isEmpty() && !this.lockedUntil.isAfter(windowStart);
			}

		}

	}

}
