package org.upstairs.account;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and password checked against the accounts in the graph. The
 * authenticated principal is the {@link Caller}.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final CredentialCache cache;

	// Checked when the username is unknown, so that a wrong name takes as long as a
	// wrong password and does not reveal which accounts exist.
	private final String decoyHash;

	AccountAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, CredentialCache cache) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.cache = cache;
		this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Caller caller = this.cache.lookUp(username, password);
		if (caller == null) {
			Accounts.Credentials found = this.accounts.credentials(username).orElse(null);
			boolean matches = this.passwords.matches(password, (found != null) ? found.passwordHash() : this.decoyHash);
			if (found == null || !matches || found.account().disabled()) {
				throw new BadCredentialsException("Wrong username or password");
			}
			caller = new Caller(found.account().username(), found.account().role(), found.account().companyId());
			this.cache.remember(username, password, caller);
		}
		return authenticated(caller);
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
