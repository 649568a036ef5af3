package org.upstairs.account;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in: HTTP Basic against the accounts in the graph, its throttling, bearer JWTs
 * from the configured issuer, and the administrator's account management.
 */
class AuthenticationTests extends IntegrationTest {

	private static final String UPSTREAM = "{ upstreamPartners(companyId: \"alpha-compute\") { company { id } } }";

	// Allowed to alpha-compute's founder and staff.
	private static final String EDIT_ALPHA = "mutation { upsertCompany(input: {id: \"alpha-compute\", "
			+ "headcount: 41}) { company { id } } }";

	@Autowired
	private SignInThrottle throttle;

	@Autowired
	private AccountAuthenticationProvider accounts;

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
		this.throttle.forgetAll();
	}

	// Every test signs in from 127.0.0.1: leave no lock to the next.
	@AfterEach
	void unlock() {
		this.throttle.forgetAll();
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
	void fiveWrongPasswordsLockTheUsernameBeforeAnyPasswordIsChecked() throws InterruptedException {
		var before = graphSnapshot();
		long checks = this.accounts.passwordChecks();
		for (int i = 0; i < 5; i++) {
			signIn(FOUNDER_ALPHA, "wrong-password", EDIT_ALPHA).expectStatus().isUnauthorized();
		}
		assertThat(this.accounts.passwordChecks() - checks).as("one BCrypt check per attempt").isEqualTo(5);

		// Now even the right password is refused, and costs no password check.
		String retryAfter = signIn(FOUNDER_ALPHA, TEST_PASSWORD, EDIT_ALPHA).expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("TOO_MANY_REQUESTS")
			.jsonPath("$.errors[0].message")
			.value(String.class,
					(message) -> assertThat(message).matches("Too many failed sign-ins; try again in [12] s"))
			.jsonPath("$.data")
			.doesNotExist()
			.returnResult()
			.getResponseHeaders()
			.getFirst("Retry-After");
		assertThat(retryAfter).as("Retry-After, in seconds, of a 2 s lock").isIn("1", "2");
		assertThat(this.accounts.passwordChecks() - checks).isEqualTo(5);
		assertThat(graphSnapshot()).isEqualTo(before);

		// Another account from the same address still signs in.
		signIn(FOUNDER_DELTA, TEST_PASSWORD, UPSTREAM).expectStatus().isOk();

		// Once the lock has passed, the right password works again.
		Thread.sleep(Long.parseLong(retryAfter) * 1000 + 100);
		signIn(FOUNDER_ALPHA, TEST_PASSWORD, UPSTREAM).expectStatus().isOk();
	}

	@Test
	void aSuccessfulSignInClearsTheUsernamesFailures() {
		for (int i = 0; i < 4; i++) {
			signIn(FOUNDER_ALPHA, "wrong-password", UPSTREAM).expectStatus().isUnauthorized();
		}
		signIn(FOUNDER_ALPHA, TEST_PASSWORD, UPSTREAM).expectStatus().isOk();
		// Eight failures in all, but never five since a success: no lock.
		for (int i = 0; i < 4; i++) {
			signIn(FOUNDER_ALPHA, "wrong-password", UPSTREAM).expectStatus().isUnauthorized();
		}
		signIn(FOUNDER_ALPHA, TEST_PASSWORD, UPSTREAM).expectStatus().isOk();
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryUsername() {
		// Twenty usernames, none failing often enough to be locked itself.
		for (int i = 0; i < 20; i++) {
			signIn("nobody-" + i, "wrong-password", UPSTREAM).expectStatus().isUnauthorized();
		}
		var before = graphSnapshot();
		long checks = this.accounts.passwordChecks();
		signIn(STAFF, TEST_PASSWORD, EDIT_ALPHA).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("TOO_MANY_REQUESTS");
		assertThat(this.accounts.passwordChecks()).isEqualTo(checks);
		assertThat(graphSnapshot()).isEqualTo(before);
		// Requests without credentials do not sign in, and are answered as before.
		anonymousGraphQl().document("{ hubs { id } }").execute().errors().verify();
	}

	@Test
	void theDemoPasswordSignsInOnlyFromThisMachine() throws Exception {
		graphQlAs(ADMIN)
			.document("mutation { createAccount(input: {username: \"demo-like\", password: \""
					+ AccountAuthenticationProvider.DEMO_PASSWORD + "\", role: STAFF}) { account { id } } }")
			.execute()
			.errors()
			.verify();
		signIn("demo-like", AccountAuthenticationProvider.DEMO_PASSWORD, UPSTREAM).expectStatus().isOk();

		// The same request, to this machine's address on its network.
		String lan = nonLoopbackAddress();
		Assumptions.assumeTrue(lan != null, "this machine has no network address besides loopback");
		var before = graphSnapshot();
		signInAt(lan, "demo-like", AccountAuthenticationProvider.DEMO_PASSWORD, EDIT_ALPHA).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("Demo accounts sign in only from the machine the service runs on")
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
		assertThat(graphSnapshot()).isEqualTo(before);
		// Other passwords sign in from there.
		signInAt(lan, STAFF, TEST_PASSWORD, UPSTREAM).expectStatus().isOk();
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

	@Test
	void aTokenWithoutExpiryOrForAnotherAudienceOrIssuerIsRefused() throws Exception {
		PrivateKey issuerKey = TestTokens.issuerKey();
		Map<String, Object> staff = Map.of("preferred_username", "jwt-staff", "upstairs_role", "STAFF");
		bearer(TestTokens.token(issuerKey, staff)).document("{ me { role } }")
			.execute()
			.path("me.role")
			.entity(String.class)
			.isEqualTo("STAFF");

		var before = graphSnapshot();
		Map<String, JWTClaimsSet> refused = Map.of("no exp", TestTokens.claims(staff).expirationTime(null).build(),
				"another audience", TestTokens.claims(staff).audience("elsewhere").build(), "no audience",
				TestTokens.claims(staff).audience((String) null).build(), "another issuer",
				TestTokens.claims(staff).issuer("https://issuer.elsewhere.test").build(), "no issuer",
				TestTokens.claims(staff).issuer(null).build());
		for (Map.Entry<String, JWTClaimsSet> bad : refused.entrySet()) {
			String token = TestTokens.sign(issuerKey, bad.getValue());
			WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.build()
				.post()
				.uri("/graphql")
				.headers((headers) -> headers.setBearerAuth(token))
				.bodyValue(Map.of("query",
						"mutation { upsertCompany(input: {id: \"alpha-compute\", headcount: 77}) "
								+ "{ company { id } } }"))
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).as(bad.getKey()).isEqualTo(401))
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAUTHORIZED");
		}
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void aTokenNamedLikeALocalAccountIsNeverThatAccount() throws Exception {
		this.driver.executableQuery("MATCH (a:Account {username: 'admin'}) SET a.disabled = true").execute();
		GraphQlTester founder = bearer(TestTokens.token(TestTokens.issuerKey(),
				Map.of("preferred_username", ADMIN, "upstairs_role", "FOUNDER", "upstairs_company", "alpha-compute")));
		founder.document("{ me { id username role companyId disabled } }")
			.execute()
			.path("me.username")
			.entity(String.class)
			.isEqualTo("jwt:admin")
			.path("me.role")
			.entity(String.class)
			.isEqualTo("FOUNDER")
			.path("me.companyId")
			.entity(String.class)
			.isEqualTo("alpha-compute")
			.path("me.id")
			.valueIsNull()
			.path("me.disabled")
			.entity(Boolean.class)
			.isEqualTo(false);

		var before = graphSnapshot();
		for (String adminOnly : List.of("{ accounts { totalCount } }",
				"mutation { createAccount(input: {username: \"by-token\", password: \"long-enough-1\", "
						+ "role: ADMIN}) { account { id } } }")) {
			founder.document(adminOnly)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(adminOnly)
					.singleElement()
					.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	private WebTestClient.ResponseSpec signIn(String username, String password, String document) {
		return signInAt("localhost", username, password, document);
	}

	private WebTestClient.ResponseSpec signInAt(String host, String username, String password, String document) {
		return WebTestClient.bindToServer()
			.baseUrl("http://" + host + ":" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBasicAuth(username, password))
			.bodyValue(Map.of("query", document))
			.exchange();
	}

	// An IPv4 address of this machine other than loopback: the service listens on all.
	private static String nonLoopbackAddress() throws Exception {
		return NetworkInterface.networkInterfaces().filter((network) -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (java.net.SocketException ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter(Inet4Address.class::isInstance)
			.map(InetAddress::getHostAddress)
			.findFirst()
			.orElse(null);
	}

	private GraphQlTester bearer(String token) {
		return graphQlWith((headers) -> headers.setBearerAuth(token));
	}

}
