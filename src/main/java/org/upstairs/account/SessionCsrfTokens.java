package org.upstairs.account;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens derived from the console session's cookie (see
 * {@link SessionCookies#csrfToken}): nothing to store, valid on every instance, and a new
 * one with each sign-in. A request without a session gets a random token that matches
 * nothing, which only matters if it is asked to carry one.
 */
class SessionCsrfTokens implements CsrfTokenRepository {

	private static final String PARAMETER = "_csrf";

	private final SessionCookies sessions;

	SessionCsrfTokens(SessionCookies sessions) {
		this.sessions = sessions;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		CsrfToken token = loadToken(request);
		return (token != null) ? token
				: new DefaultCsrfToken(SecurityConfiguration.CSRF_HEADER, PARAMETER, UUID.randomUUID().toString());
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		// Derived, never stored.
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.sessions.session(request)
			.map((session) -> new DefaultCsrfToken(SecurityConfiguration.CSRF_HEADER, PARAMETER,
					this.sessions.csrfToken(session)))
			.orElse(null);
	}

}
