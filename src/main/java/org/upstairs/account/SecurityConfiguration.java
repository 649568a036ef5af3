package org.upstairs.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * HTTP security: who is calling, not what they may do. Every request may pass; HTTP Basic
 * against the accounts in the graph (and bearer JWTs when an issuer is configured) tell
 * the GraphQL layer who is asking, and each query and mutation applies its rule to that
 * {@link Caller}. The console signs in through a form and is then known by a signed
 * cookie ({@link SessionCookies}); no server session is kept. Requests that the cookie
 * authenticates and that may change something carry the session's CSRF token in
 * {@value #CSRF_HEADER}; API clients that send their own credentials need none.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SecurityConfiguration.JwtClaims.class, SessionCookies.SessionSettings.class })
class SecurityConfiguration {

	// For the pages the jar serves (GraphiQL): its own scripts, never inline ones;
	// inline styles, data: fonts and images, which its stylesheet and React use;
	// requests and subscriptions to this service only; no framing.
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	static final String CSRF_HEADER = "X-CSRF-TOKEN";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	// Only for the service: the import and export commands run without a web server.
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountAuthenticationProvider accounts,
			ObjectProvider<JwtDecoder> jwtDecoder, JwtClaims claims, SessionCookies sessions) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof SignInRefusedException refused) {
				if (refused.retryAfterSeconds() != null) {
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
				}
				writeError(response, refused.status(), refused.getMessage(), false);
			}
			else {
				writeError(response, HttpStatus.UNAUTHORIZED, "Wrong username, password or token", true);
			}
		};
		// By default this chain's parent is Spring's global manager, holding the
		// same provider (the only AuthenticationProvider bean): a wrong password
		// would be checked twice.
		http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
		http.csrf((csrf) -> csrf.csrfTokenRepository(new SessionCsrfTokens(sessions))
			.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
			// Only a valid session cookie is ambient authority a forged request could
			// use;
			// a sign-in has none yet and is refused cross-site by CrossSiteRequests.
			.requireCsrfProtectionMatcher((request) -> !SAFE_METHODS.contains(request.getMethod())
					&& !SessionCookies.isSignIn(request) && sessions.signedIn(request).isPresent()))
			.securityContext((context) -> context.securityContextRepository(sessions))
			.sessionManagement((sessions_) -> sessions_.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authenticationProvider(accounts)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.formLogin((form) -> form.loginPage(SessionCookies.SIGN_IN_PATH)
				.loginProcessingUrl(SessionCookies.SIGN_IN_PATH)
				.successHandler((request, response, authentication) -> SessionEndpoints.writeSession(response,
						SessionEndpoints.describe(sessions, request, authentication)))
				.failureHandler((request, response, ex) -> {
					if (ex instanceof SignInRefusedException refused) {
						unauthorized.commence(request, response, refused);
					}
					else {
						// No WWW-Authenticate: the browser must not offer its own Basic
						// dialog.
						writeError(response, HttpStatus.UNAUTHORIZED, "Wrong username or password", false);
					}
				}))
			.logout((logout) -> logout.logoutUrl("/sign-out")
				.addLogoutHandler((request, response, authentication) -> sessions.signOut(request, response))
				.logoutSuccessHandler(
						(request, response, authentication) -> response.setStatus(HttpStatus.NO_CONTENT.value())))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, ex) -> writeError(response, HttpStatus.FORBIDDEN,
						"This request needs the console session's CSRF token in the " + CSRF_HEADER
								+ " header; reload the page or sign in again",
						false)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(unauthorized)
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtToCaller(claims))));
		}
		return http.build();
	}

	// A GraphQL-shaped body, like the API's other errors.
	private static void writeError(HttpServletResponse response, HttpStatus status, String message, boolean askForBasic)
			throws IOException {
		response.setStatus(status.value());
		if (askForBasic) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"upstairs\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		String classification = switch (status) {
			case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS";
			case FORBIDDEN -> "FORBIDDEN";
			default -> "UNAUTHORIZED";
		};
		response.getOutputStream()
			.write(("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\""
					+ classification + "\"}}]}")
				.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What bearer tokens must carry besides a valid signature: an expiry, and the
	 * configured issuer. Spring Boot adds it to the validators of the decoder it builds,
	 * with the audience check of
	 * {@code spring.security.oauth2.resourceserver.jwt.audiences}.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> upstairsTokenRules(JwtClaims claims) {
		JwtTimestampValidator expiry = new JwtTimestampValidator();
		expiry.setAllowEmptyExpiryClaim(false);
		return (claims.issuer() != null)
				? new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(claims.issuer())) : expiry;
	}

	/**
	 * Which claims of a JWT from the configured issuer carry the account's name, role and
	 * company.
	 *
	 * @param username the claim with the username
	 * @param role the claim with FOUNDER, STAFF or ADMIN
	 * @param company the claim with a founder's company id
	 * @param issuer the {@code iss} every token must carry, or null to accept any (with
	 * {@code public-key-location} Spring Boot's {@code issuer-uri} would turn to OpenID
	 * discovery instead)
	 */
	@ConfigurationProperties("upstairs.security.jwt")
	record JwtClaims(@DefaultValue("preferred_username") String username, @DefaultValue("upstairs_role") String role,
			@DefaultValue("upstairs_company") String company, String issuer) {
	}

	/**
	 * A JWT becomes a {@link Caller}; a token without a valid role is refused. Its
	 * username is prefixed with {@value #USERNAME_PREFIX}, which no account's username
	 * may contain, so a token never speaks for an account of the graph (nor shows as one
	 * in {@code me} or an introduction's history).
	 */
	static final class JwtToCaller implements Converter<Jwt, AbstractAuthenticationToken> {

		static final String USERNAME_PREFIX = "jwt:";

		private final JwtClaims claims;

		JwtToCaller(JwtClaims claims) {
			this.claims = claims;
		}

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			String username = (jwt.getClaimAsString(this.claims.username()) != null)
					? jwt.getClaimAsString(this.claims.username()) : jwt.getSubject();
			Role role;
			try {
				role = Role.valueOf(String.valueOf(jwt.getClaimAsString(this.claims.role())));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidBearerTokenException("The token carries no Upstairs role");
			}
			String company = jwt.getClaimAsString(this.claims.company());
			if (username == null || (role == Role.FOUNDER && company == null)) {
				throw new InvalidBearerTokenException("The token lacks a username or a founder's company");
			}
			Caller caller = new Caller(USERNAME_PREFIX + username, role, (role == Role.FOUNDER) ? company : null);
			return new CallerToken(caller, jwt);
		}

	}

	/** An authenticated JWT whose principal is the {@link Caller}. */
	static final class CallerToken extends AbstractAuthenticationToken {

		private final Caller caller;

		private final transient Jwt jwt;

		CallerToken(Caller caller, Jwt jwt) {
			super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
			this.caller = caller;
			this.jwt = jwt;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return this.jwt;
		}

		@Override
		public Object getPrincipal() {
			return this.caller;
		}

		@Override
		public String getName() {
			return this.caller.username();
		}

	}

}
