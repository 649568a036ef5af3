package org.upstairs.account;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Signs in a GraphQL over WebSocket connection with the {@code Authorization} entry of
 * its {@code connection_init} payload ({@code Basic} or {@code Bearer}, the key in any
 * case), because browsers cannot set headers on the WebSocket handshake. Credentials are
 * checked as over HTTP: Basic by {@link AccountAuthenticationProvider}, Bearer by the
 * configured {@link JwtDecoder} and {@link SecurityConfiguration.JwtToCaller} (refused
 * when no decoder is configured). Wrong credentials, or a payload naming someone other
 * than the handshake's account, fail the initialisation, and Spring closes the socket
 * with 4401. A payload without credentials leaves the handshake's identity (or nobody).
 */
@Component
class WebSocketSignIn implements WebSocketGraphQlInterceptor {

	/** The session attribute with the connection's {@link Authentication}. */
	static final String AUTHENTICATION = WebSocketSignIn.class.getName() + ".authentication";

	private static final String REFUSED = WebSocketSignIn.class.getName() + ".refused";

	// The Reactor context key of Spring for GraphQL's SecurityContextThreadLocalAccessor,
	// which restores SecurityContextHolder around each data fetcher: that is where a
	// Principal argument comes from.
	private static final String SECURITY_CONTEXT_KEY = SecurityContext.class.getName();

	private static final Logger log = LoggerFactory.getLogger(WebSocketSignIn.class);

	private final AuthenticationManager authenticationManager;

	private final StillSignedIn stillSignedIn;

	// Whom an operation runs as once its connection's session has ended.
	private static final SecurityContext NOBODY = new SecurityContextImpl(new AnonymousAuthenticationToken("upstairs",
			"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

	WebSocketSignIn(AccountAuthenticationProvider accounts, ObjectProvider<JwtDecoder> jwtDecoder,
			SecurityConfiguration.JwtClaims claims, StillSignedIn stillSignedIn) {
		this.stillSignedIn = stillSignedIn;
		List<AuthenticationProvider> providers = new ArrayList<>(List.of(accounts));
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
			jwt.setJwtAuthenticationConverter(new SecurityConfiguration.JwtToCaller(claims));
			providers.add(jwt);
		}
		this.authenticationManager = new ProviderManager(providers);
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		return session.getPrincipal().map(Caller::of).defaultIfEmpty(Caller.ANONYMOUS).flatMap((handshake) -> {
			try {
				String authorization = authorization(payload);
				if (authorization != null) {
					Authentication signedIn = authenticate(authorization, clientAddress(session));
					if (handshake.isSignedIn() && !handshake.equals(Caller.of(signedIn))) {
						throw new BadCredentialsException("The payload names another account than the handshake");
					}
					session.getAttributes().put(AUTHENTICATION, signedIn);
				}
				return Mono.empty();
			}
			catch (RuntimeException ex) {
				log.debug("WebSocket sign-in refused: {}", ex.getMessage());
				session.getAttributes().put(REFUSED, Boolean.TRUE);
				return Mono.error(ex);
			}
		});
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest socket) {
			Map<String, Object> attributes = socket.getSessionInfo().getAttributes();
			if (attributes.containsKey(REFUSED)) {
				// Spring closes the socket on a refused init; this covers a request that
				// raced the close.
				return Mono.error(new BadCredentialsException("The connection's sign-in was refused"));
			}
			if (attributes.get(AUTHENTICATION) instanceof Authentication signedIn) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(signedIn);
				return chain.next(request).contextWrite(Context.of(SECURITY_CONTEXT_KEY, context));
			}
			// Signed in by the console's cookie on the handshake: each operation runs as
			// nobody once the session no longer holds (a sign-out, a new password, its
			// end), as an HTTP request with that cookie would.
			return socket.getSessionInfo()
				.getPrincipal()
				.filter((principal) -> principal instanceof Authentication authentication
						&& authentication.getCredentials() instanceof SessionCookies.Proof)
				.map(this::stillHolds)
				.defaultIfEmpty(true)
				.flatMap((holds) -> holds ? chain.next(request)
						: chain.next(request).contextWrite(Context.of(SECURITY_CONTEXT_KEY, NOBODY)));
		}
		return chain.next(request);
	}

	private boolean stillHolds(java.security.Principal principal) {
		try {
			this.stillSignedIn.require(principal, "connection");
			return true;
		}
		catch (org.upstairs.graphql.AccessDeniedException ex) {
			return false;
		}
	}

	private static String authorization(Map<String, Object> payload) {
		String found = null;
		for (Map.Entry<String, Object> entry : payload.entrySet()) {
			if ("Authorization".equalsIgnoreCase(entry.getKey())) {
				if (found != null || !(entry.getValue() instanceof String value)) {
					throw new BadCredentialsException("More than one Authorization, or not a string");
				}
				found = value;
			}
		}
		return found;
	}

	/**
	 * The client's address, so that sign-in throttling and the demo rule apply here too.
	 */
	private static String clientAddress(WebSocketSessionInfo session) {
		InetSocketAddress remote = session.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : null;
	}

	private Authentication authenticate(String authorization, String address) {
		String[] parts = authorization.trim().split("\\s+", 2);
		String credentials = (parts.length == 2) ? parts[1] : "";
		if ("Basic".equalsIgnoreCase(parts[0])) {
			String decoded;
			try {
				decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw new BadCredentialsException("Basic credentials are not Base64");
			}
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				throw new BadCredentialsException("Basic credentials lack a colon");
			}
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
				.unauthenticated(decoded.substring(0, colon), decoded.substring(colon + 1));
			token.setDetails(new WebAuthenticationDetails(address, null));
			return this.authenticationManager.authenticate(token);
		}
		if ("Bearer".equalsIgnoreCase(parts[0]) && !credentials.isEmpty()) {
			// Without a JwtDecoder no provider supports the token, and it is refused.
			return this.authenticationManager.authenticate(new BearerTokenAuthenticationToken(credentials));
		}
		throw new BadCredentialsException("Authorization is neither Basic nor Bearer");
	}

}
