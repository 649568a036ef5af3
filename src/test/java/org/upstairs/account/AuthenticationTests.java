package org.upstairs.account;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in: HTTP Basic against the accounts in the graph, bearer JWTs from the
 * configured issuer, and the administrator's account management.
 */
class AuthenticationTests extends IntegrationTest {

	private static final String UPSTREAM = "{ upstreamPartners(companyId: \"alpha-compute\") { company { id } } }";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void aWrongPasswordOrUnknownUserIsA401WithAGraphQlShapedBody() {
		for (String[] credentials : new String[][] { { STAFF, "wrong-password" }, { "nobody", TEST_PASSWORD } }) {
			WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.build()
				.post()
				.uri("/graphql")
				.headers((headers) -> headers.setBasicAuth(credentials[0], credentials[1]))
				.bodyValue(Map.of("query", "{ hubs { id } }"))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAUTHORIZED")
				.jsonPath("$.data")
				.doesNotExist();
		}
	}

	@Test
	void meTellsWhoIsSignedIn() {
		graphQlAs(FOUNDER_ALPHA).document("{ me { username role companyId company { name } } }")
			.execute()
			.path("me.role")
			.entity(String.class)
			.isEqualTo("FOUNDER")
			.path("me.company.name")
			.entity(String.class)
			.isEqualTo("Alpha Compute");
		anonymousGraphQl().document("{ me { username } }").execute().path("me").valueIsNull();
		// The hash is not part of the API at all.
		graphQl().document("{ me { passwordHash } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
	}

	@Test
	void anAdministratorCreatesChangesAndDisablesAccounts() {
		graphQlAs(ADMIN)
			.document("mutation { createAccount(input: {username: \"gamma-founder\", password: \"gamma-secret-1\", "
					+ "role: FOUNDER, companyId: \"gamma-models\"}) { account { username role companyId } } }")
			.execute()
			.path("createAccount.account.companyId")
			.entity(String.class)
			.isEqualTo("gamma-models");
		String hash = this.driver.executableQuery("MATCH (a:Account {username: 'gamma-founder'}) RETURN a.passwordHash")
			.execute()
			.records()
			.get(0)
			.get(0)
			.asString();
		assertThat(hash).startsWith("$2a$").doesNotContain("gamma-secret-1");

		GraphQlTester gamma = graphQlWith((headers) -> headers.setBasicAuth("gamma-founder", "gamma-secret-1"));
		gamma.document("{ upstreamPartners(companyId: \"gamma-models\") { company { id } } }")
			.execute()
			.errors()
			.verify();

		graphQlAs(ADMIN)
			.document("mutation { updateAccount(input: {username: \"gamma-founder\", disabled: true}) "
					+ "{ account { disabled } } }")
			.execute()
			.path("updateAccount.account.disabled")
			.entity(Boolean.class)
			.isEqualTo(true);
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBasicAuth("gamma-founder", "gamma-secret-1"))
			.bodyValue(Map.of("query", "{ hubs { id } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void badAccountInputIsRefusedNamingTheField() {
		String[][] cases = {
				{ "{username: \"staff\", password: \"long-enough-1\", role: STAFF}", "BAD_REQUEST", "input.username" },
				{ "{username: \"Bad Name\", password: \"long-enough-1\", role: STAFF}", "BAD_REQUEST",
						"input.username" },
				{ "{username: \"shorty\", password: \"short\", role: STAFF}", "BAD_REQUEST", "input.password" },
				{ "{username: \"lonely\", password: \"long-enough-1\", role: FOUNDER}", "BAD_REQUEST",
						"input.companyId" },
				{ "{username: \"lost\", password: \"long-enough-1\", role: FOUNDER, companyId: \"nope\"}", "NOT_FOUND",
						"input.companyId" } };
		for (String[] bad : cases) {
			var before = graphSnapshot();
			graphQlAs(ADMIN).document("mutation { createAccount(input: " + bad[0] + ") { account { id } } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(bad[0]).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo(bad[1]);
					assertThat(error.getExtensions()).containsEntry("field", bad[2]);
				}));
			assertThat(graphSnapshot()).as(bad[0]).isEqualTo(before);
		}
	}

	@Test
	void aJwtFromTheIssuerCarriesRoleAndCompany() throws Exception {
		PrivateKey issuerKey = TestTokens.issuerKey();
		String founder = TestTokens.token(issuerKey, Map.of("preferred_username", "jwt-founder", "upstairs_role",
				"FOUNDER", "upstairs_company", "alpha-compute"));
		bearer(founder).document(UPSTREAM).execute().errors().verify();
		bearer(founder).document("{ upstreamPartners(companyId: \"delta-apps\") { company { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		bearer(TestTokens.token(issuerKey, Map.of("preferred_username", "jwt-staff", "upstairs_role", "STAFF")))
			.document("{ chainGaps(hubId: \"test-hub\") { demand } }")
			.execute()
			.errors()
			.verify();

		// No role, or signed by someone else: not signed in at all.
		var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
		for (String bad : new String[] { TestTokens.token(issuerKey, Map.of("preferred_username", "no-role")),
				TestTokens.token(otherKey, Map.of("preferred_username", "x", "upstairs_role", "STAFF")) }) {
			WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.build()
				.post()
				.uri("/graphql")
				.headers((headers) -> headers.setBearerAuth(bad))
				.bodyValue(Map.of("query", "{ hubs { id } }"))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
	}

	private GraphQlTester bearer(String token) {
		return graphQlWith((headers) -> headers.setBearerAuth(token));
	}

}
