package org.upstairs.account;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and password checked against the accounts in the graph. The
 * authenticated principal is the {@link Caller}. HTTP Basic and WebSocket sign-ins both
 * pass here, so both are throttled ({@link SignInThrottle}) before any password is
 * checked.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	/**
	 * The password of the demo accounts ({@code cypher/seed/demo/0007_accounts.cypher}),
	 * published in the README: from another machine it would let anyone in.
	 */
	static final String DEMO_PASSWORD = "upstairs-demo";

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final CredentialCache cache;

	private final SignInThrottle throttle;

	private final boolean demoPasswordFromAnywhere;

	// Checked when the username is unknown, so that a wrong name takes as long as a
	// wrong password and does not reveal which accounts exist.
	private final String decoyHash;

	private final AtomicLong passwordChecks = new AtomicLong();

	AccountAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, CredentialCache cache,
			SignInThrottle throttle, SignInSettings settings) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.cache = cache;
		this.throttle = throttle;
		this.demoPasswordFromAnywhere = settings.demoPasswordFromAnywhere();
		this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		String address = ClientAddress.of(authentication);
		this.throttle.checkNotLocked(username, address);
		if (!mayUse(password, address)) {
			throw SignInRefusedException.demoPasswordFromAfar();
		}
		Caller caller = this.cache.lookUp(username, password);
		if (caller == null) {
			Accounts.Credentials found = this.accounts.credentials(username).orElse(null);
			boolean signedIn = this.throttle.check(username, address, () -> {
				this.passwordChecks.incrementAndGet();
				boolean matches = this.passwords.matches(password,
						(found != null) ? found.passwordHash() : this.decoyHash);
				return matches && found != null && !found.account().disabled();
			});
			if (!signedIn) {
				throw new BadCredentialsException("Wrong username or password");
			}
			caller = new Caller(found.account().username(), found.account().role(), found.account().companyId());
			this.cache.remember(username, password, caller);
		}
		this.throttle.signedIn(username);
		return authenticated(caller);
	}

	/**
	 * Whether this password may sign in from this address: anything may from this
	 * machine, the published demo password from nowhere else (unless configured so).
	 */
	private boolean mayUse(String password, String address) {
		return !DEMO_PASSWORD.equals(password) || this.demoPasswordFromAnywhere || ClientAddress.isLoopback(address);
	}

	/** How many BCrypt checks sign-ins have cost so far. */
	long passwordChecks() {
		return this.passwordChecks.get();
	}

	static Authentication authenticated(Caller caller) {
		return UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
