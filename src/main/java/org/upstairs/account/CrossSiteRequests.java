package org.upstairs.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that a browser makes on another site's behalf: a page elsewhere could
 * otherwise post a form to {@code /bulk/import} or {@code /graphql} and the browser would
 * add the Basic credentials it remembers for this service. Every request but GET, HEAD
 * and OPTIONS is refused with 403 when the browser marks it {@code Sec-Fetch-Site:
 * cross-site} or {@code same-site}, or, from a browser too old to send that header, when
 * its {@code Origin} is not the service's own; so is the opening of a WebSocket, over
 * which operations of every kind can be sent. Clients that are not browsers (curl, other
 * servers) send neither header and pass. Runs before Spring Security: a forged request
 * costs no password check.
 * <p>
 * Without a CORS configuration a browser sends no cross-origin request with a header a
 * form cannot set (a JSON content type, a token) unless a preflight allows it, which this
 * service never does; so refusing by origin alone loses nothing. Behind a proxy that
 * terminates TLS, set {@code server.forward-headers-strategy} so that the service knows
 * its own origin.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class CrossSiteRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean changesState = !SAFE_METHODS.contains(request.getMethod())
				|| "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
		if (changesState && isFromAnotherSite(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"errors\":[{\"message\":\"A browser sent this request from another site; "
						+ "call the API from its own pages or from outside a browser\","
						+ "\"extensions\":{\"classification\":\"FORBIDDEN\"}}]}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isFromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			// "none": the user opened it (a bookmark, the address bar).
			return !site.equals("same-origin") && !site.equals("none");
		}
		String origin = request.getHeader("Origin");
		return origin != null && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request));
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

}
