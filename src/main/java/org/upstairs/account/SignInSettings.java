package org.upstairs.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How password sign-ins are throttled ({@link SignInThrottle}) and where the published
 * demo password is accepted.
 *
 * @param usernameFailures failed sign-ins of one username, within usernameWindow, that
 * lock it
 * @param usernameWindow how long a username's failure counts
 * @param addressFailures failed sign-ins from one client address (an IPv6 /64), within
 * addressWindow, that lock it
 * @param addressWindow how long an address's failure counts
 * @param lockTime how long the first lock lasts; each further lock of the same username
 * or address, before it has been quiet for a window, lasts twice as long
 * @param maxLockTime the longest lock
 * @param passwordChecks BCrypt checks that run at once; by default one per processor
 * @param passwordCheckWait how long a sign-in waits for a turn to check its password
 * before it is refused with HTTP 429
 * @param maxTracked usernames, and separately addresses, whose failures are remembered;
 * beyond that, after dropping the quiet ones, new ones go uncounted
 * @param demoPasswordFromAnywhere whether the published demo password signs in from other
 * machines than the service's own
 */
@ConfigurationProperties("upstairs.security.sign-in")
record SignInSettings(@DefaultValue("5") int usernameFailures, @DefaultValue("15m") Duration usernameWindow,
		@DefaultValue("20") int addressFailures, @DefaultValue("5m") Duration addressWindow,
		@DefaultValue("1m") Duration lockTime, @DefaultValue("1h") Duration maxLockTime, Integer passwordChecks,
		@DefaultValue("1s") Duration passwordCheckWait, @DefaultValue("10000") int maxTracked,
		@DefaultValue("false") boolean demoPasswordFromAnywhere) {

	SignInSettings {
		passwordChecks = (passwordChecks != null) ? passwordChecks : Runtime.getRuntime().availableProcessors();
		if (usernameFailures < 1 || addressFailures < 1 || passwordChecks < 1 || maxTracked < 1
				|| !isPositive(usernameWindow) || !isPositive(addressWindow) || !isPositive(lockTime)
				|| maxLockTime.compareTo(lockTime) < 0 || passwordCheckWait.isNegative()) {
			throw new IllegalArgumentException("upstairs.security.sign-in: failures, password-checks and max-tracked "
					+ "must be at least 1, windows and lock-time positive, max-lock-time at least lock-time");
		}
	}

	private static boolean isPositive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

}
