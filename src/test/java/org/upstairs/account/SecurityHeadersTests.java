package org.upstairs.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.support.IntegrationTest;

/**
 * Every response tells browsers to run only this service's own scripts, to stay out of
 * frames, not to guess content types and not to leak the page's address to other sites.
 * {@code GraphiQlPageTests} shows GraphiQL still works under these rules.
 */
class SecurityHeadersTests extends IntegrationTest {

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void theGraphQlEndpointAndTheGraphiQlPageCarryTheSecurityHeaders() {
		assertSecurityHeaders(client().post()
			.uri("/graphql")
			.bodyValue(Map.of("query", "{ hubs { id } }"))
			.exchange()
			.expectStatus()
			.isOk());
		assertSecurityHeaders(client().get().uri("/graphiql").exchange().expectStatus().isOk());
		// Refused sign-ins too.
		assertSecurityHeaders(client().post()
			.uri("/graphql")
			.headers((headers) -> headers.setBasicAuth("nobody", "wrong-password"))
			.bodyValue(Map.of("query", "{ hubs { id } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized());
	}

	private static void assertSecurityHeaders(WebTestClient.ResponseSpec response) {
		response.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
							+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
							+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
			.expectHeader()
			.valueEquals("Referrer-Policy", "same-origin")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

}
