package org.upstairs.account;

import java.security.Principal;
import java.time.Clock;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.upstairs.graphql.AccessDeniedException;

/**
 * Whether a caller who signed in a while ago is still who they were. A subscription lives
 * for hours on one sign-in, so each event it delivers is checked against the account as
 * it is now: disabled, removed, or given another role or company ends it, as does a token
 * past its expiry, and for a console session a sign-out, a new password or its expiry.
 */
@Component
public class StillSignedIn {

	private final Accounts accounts;

	private final SessionCookies sessions;

	private final Clock clock = Clock.systemUTC();

	StillSignedIn(Accounts accounts, SessionCookies sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/**
	 * Refuses a caller whose account or token no longer holds.
	 * @param principal the principal the caller signed in with
	 * @param field the operation, named in the error
	 * @throws AccessDeniedException when the caller must sign in again
	 */
	public void require(Principal principal, String field) {
		Caller caller = Caller.of(principal);
		if (!caller.isSignedIn()) {
			throw AccessDeniedException.signInRequired(field);
		}
		if (principal instanceof Authentication authentication && authentication.getCredentials() instanceof Jwt jwt) {
			if (jwt.getExpiresAt() != null && !jwt.getExpiresAt().isAfter(this.clock.instant())) {
				throw AccessDeniedException.signInAgain(field, "the token has expired: sign in again");
			}
			return;
		}
		Accounts.Credentials credentials = this.accounts.credentials(caller.username()).orElse(null);
		Account now = (credentials != null) ? credentials.account() : null;
		if (now == null || now.disabled() || now.role() != caller.role()
				|| !Objects.equals(now.companyId(), caller.companyId())) {
			throw AccessDeniedException.signInAgain(field, "the account was disabled or changed: sign in again");
		}
		if (principal instanceof Authentication authentication
				&& authentication.getCredentials() instanceof SessionCookies.Proof proof
				&& !this.sessions.stillHolds(proof, credentials)) {
			throw AccessDeniedException.signInAgain(field, "the console session has ended: sign in again");
		}
	}

}
