package org.upstairs.account;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked. Answered with its status, its
 * message (which reveals nothing about the account) and, when trying again later may
 * succeed, a {@code Retry-After} header.
 */
class SignInRefusedException extends AuthenticationException {

	private final HttpStatus status;

	private final transient Duration retryAfter;

	private SignInRefusedException(HttpStatus status, String message, Duration retryAfter) {
		super(message);
		this.status = status;
		this.retryAfter = retryAfter;
	}

	static SignInRefusedException locked(Duration retryAfter) {
		return new SignInRefusedException(HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed sign-ins; try again in " + seconds(retryAfter) + " s", retryAfter);
	}

	static SignInRefusedException busy(Duration retryAfter) {
		return new SignInRefusedException(HttpStatus.TOO_MANY_REQUESTS,
				"Too many sign-ins at once; try again in " + seconds(retryAfter) + " s", retryAfter);
	}

	static SignInRefusedException demoPasswordFromAfar() {
		return new SignInRefusedException(HttpStatus.UNAUTHORIZED,
				"Demo accounts sign in only from the machine the service runs on", null);
	}

	HttpStatus status() {
		return this.status;
	}

	/**
	 * When to ask again.
	 * @return whole seconds, at least 1, or null when asking again will not help
	 */
	Long retryAfterSeconds() {
		return (this.retryAfter != null) ? seconds(this.retryAfter) : null;
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}
