package org.upstairs.introduction;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code introductionUpdated} over graphql-transport-ws: delivered to staff and to the
 * two companies' founders, and to nobody else.
 */
class IntroductionSubscriptionTests extends IntegrationTest {

	private final List<Disposable> subscriptions = new CopyOnWriteArrayList<>();

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@AfterEach
	void unsubscribe() {
		this.subscriptions.forEach(Disposable::dispose);
	}

	@Test
	void updatesReachStaffAndTheTwoFoundersOnly() {
		List<String> staff = listen(STAFF);
		List<String> alpha = listen(FOUNDER_ALPHA);
		List<String> delta = listen(FOUNDER_DELTA);
		// Subscriptions are set up asynchronously: wait until each hears an update.
		awaitHearing(staff, "gamma-models", "epsilon-tuning");
		awaitHearing(alpha, "alpha-compute", "epsilon-tuning");
		awaitHearing(delta, "delta-apps", "epsilon-tuning");

		String id = propose("alpha-compute", "beta-data");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(alpha).contains(id + " PROPOSED"));
		assertThat(staff).contains(id + " PROPOSED");
		// delta takes no part: it heard nothing of alpha's introduction.
		assertThat(delta).noneMatch((update) -> update.startsWith(id));
	}

	@Test
	void aSubscriptionEndsOnceItsAccountIsDisabledOrChanged() {
		for (String change : List.of("a.disabled = true", "a.role = 'FOUNDER', a.companyId = 'alpha-compute'")) {
			String username = "watcher-" + Integer.toHexString(change.hashCode());
			this.driver.executableQuery("""
					MATCH (staff:Account {username: 'staff'})
					CREATE (:Account {id: 'account-' + $username, username: $username, role: 'STAFF',
					                  disabled: false, createdAt: datetime(), passwordHash: staff.passwordHash})""")
				.withParameters(Map.of("username", username))
				.execute();
			List<String> heard = listen(username);
			awaitHearing(heard, "gamma-models", "epsilon-tuning");

			this.driver.executableQuery("MATCH (a:Account {username: $username}) SET " + change)
				.withParameters(Map.of("username", username))
				.execute();
			String id = propose("alpha-compute", "beta-data");
			withdraw(id);
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(heard).anyMatch((event) -> event.startsWith("error: ")));
			assertThat(heard).as(change).noneMatch((event) -> event.startsWith(id));
			assertThat(heard.get(heard.size() - 1)).contains("sign in again");
		}
	}

	@Test
	void aSubscriptionSentAsAPlainPostIsABadRequestAndStartsNothing() throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString((STAFF + ":" + TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"query\": \"subscription { introductionUpdated { id } }\"}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"", "WebSocket")
			.doesNotContain("ublisher", "\"data\":{");
	}

	@Test
	void everyUpdateCarriesTheIntroductionsNestedFieldsAsCommitted() {
		List<String> staff = listen(STAFF, """
				subscription { introductionUpdated { id status from { id name } to { name nameZh }
				  history { sequence from to actor } } }""", (update) -> update.get("id") + " " + update.get("status")
				+ " " + update.get("from") + " " + update.get("to") + " " + update.get("history"));
		awaitHearing(staff, "gamma-models", "epsilon-tuning");

		String id = propose("alpha-compute", "beta-data");
		withdraw(id);
		// Late updates of the probes may still arrive: only this introduction's count.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(staff).filteredOn((update) -> update.startsWith(id)).hasSize(2));
		staff.removeIf((update) -> !update.startsWith(id));
		// The first event may already see the second step (its fields are read after the
		// commit), but never an error and never a step short.
		assertThat(staff.get(0)).startsWith(id + " PROPOSED {id=alpha-compute, name=Alpha Compute} "
				+ "{name=Beta Data, nameZh=null} [{sequence=1, from=null, to=PROPOSED, actor=staff}");
		assertThat(staff.get(1)).isEqualTo(id + " WITHDRAWN {id=alpha-compute, name=Alpha Compute} "
				+ "{name=Beta Data, nameZh=null} [{sequence=1, from=null, to=PROPOSED, actor=staff}, "
				+ "{sequence=2, from=PROPOSED, to=WITHDRAWN, actor=staff}]");
	}

	@Test
	void anonymousCallersCannotSubscribe() {
		WebSocketGraphQlTester anonymous = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
		Flux<Object> updates = anonymous.document("subscription { introductionUpdated { id } }")
			.executeSubscription()
			.toFlux("introductionUpdated", Object.class);
		java.util.concurrent.atomic.AtomicReference<Throwable> error = new java.util.concurrent.atomic.AtomicReference<>();
		this.subscriptions.add(updates.subscribe((update) -> {
		}, error::set));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(error.get()).isNotNull());
		assertThat(error.get()).isInstanceOf(org.springframework.graphql.client.SubscriptionErrorException.class);
		assertThat(((org.springframework.graphql.client.SubscriptionErrorException) error.get()).getErrors())
			.singleElement()
			.satisfies((graphQlError) -> assertThat(graphQlError.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		anonymous.stop().block(Duration.ofSeconds(5));
	}

	@Test
	void staffSignedInThroughTheConnectionInitPayloadHearUpdates() {
		List<String> staff = listen(signedInByPayload(basic(STAFF, TEST_PASSWORD)));
		awaitHearing(staff, "gamma-models", "epsilon-tuning");
		assertThat(staff).noneMatch((update) -> update.startsWith("error"));
		// Queries on such a connection run as the account too.
		WebSocketGraphQlTester socket = signedInByPayload(basic(STAFF, TEST_PASSWORD));
		socket.document("{ me { username role } }")
			.execute()
			.path("me")
			.entity(Map.class)
			.isEqualTo(Map.of("username", STAFF, "role", "STAFF"));
		socket.stop().block(Duration.ofSeconds(5));
	}

	@Test
	void foundersSignedInThroughThePayloadHearOnlyTheirCompanysUpdates() {
		List<String> alpha = listen(signedInByPayload(basic(FOUNDER_ALPHA, TEST_PASSWORD)));
		// The key and the scheme in any case, as clients spell them.
		List<String> delta = listen(signedInByPayload(Map.of("authorization",
				"basic " + HttpHeaders.encodeBasicAuth(FOUNDER_DELTA, TEST_PASSWORD, StandardCharsets.UTF_8))));
		List<String> alphas = new ArrayList<>(awaitHearing(alpha, "alpha-compute", "beta-data"));
		List<String> deltas = new ArrayList<>(awaitHearing(delta, "gamma-models", "delta-apps"));

		// Both listen now: alpha's introduction first, then delta's, on one feed.
		String alphaIntroduction = propose("alpha-compute", "beta-data");
		String deltaIntroduction = propose("gamma-models", "delta-apps");
		alphas.add(alphaIntroduction);
		deltas.add(deltaIntroduction);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(alpha).contains(alphaIntroduction + " PROPOSED");
			assertThat(delta).contains(deltaIntroduction + " PROPOSED");
		});
		assertThat(alpha).allSatisfy((update) -> assertThat(alphas).contains(update.split(" ")[0]));
		assertThat(delta).allSatisfy((update) -> assertThat(deltas).contains(update.split(" ")[0]));
	}

	@Test
	void aBearerTokenInThePayloadSignsInAndAForgedOneIsRefused() throws Exception {
		String founder = TestTokens.token(TestTokens.issuerKey(), Map.of("preferred_username", "jwt-founder",
				"upstairs_role", "FOUNDER", "upstairs_company", "alpha-compute"));
		List<String> alpha = listen(signedInByPayload(Map.of("Authorization", "Bearer " + founder)));
		awaitHearing(alpha, "alpha-compute", "beta-data");

		String forged = TestTokens.token(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate(),
				Map.of("preferred_username", "x", "upstairs_role", "STAFF"));
		assertRefused(listen(signedInByPayload(Map.of("Authorization", "Bearer " + forged))));
	}

	@Test
	void aWrongPasswordInThePayloadClosesTheConnection() {
		List<String> refused = listen(signedInByPayload(basic(STAFF, "wrong-password")));
		List<String> staff = listen(STAFF);
		awaitHearing(staff, "gamma-models", "epsilon-tuning");
		assertRefused(refused);
		// Nor does an unknown scheme or a malformed value continue anonymously.
		assertRefused(listen(signedInByPayload(Map.of("Authorization", "Digest username=staff"))));
		assertRefused(listen(signedInByPayload(Map.of("Authorization", "Basic not-base64!"))));
	}

	@Test
	void aDisabledAccountIsRefusedUntilEnabled() {
		this.driver.executableQuery("""
				MATCH (staff:Account {username: 'staff'})
				CREATE (:Account {id: 'account-idle-founder', username: 'idle-founder', role: 'FOUNDER',
				                  companyId: 'alpha-compute', disabled: true, passwordHash: staff.passwordHash})""")
			.execute();
		assertRefused(listen(signedInByPayload(basic("idle-founder", TEST_PASSWORD))));

		// The same credentials pass once the account is enabled: the flag was the reason.
		this.driver.executableQuery("MATCH (a:Account {username: 'idle-founder'}) SET a.disabled = false").execute();
		List<String> enabled = listen(signedInByPayload(basic("idle-founder", TEST_PASSWORD)));
		awaitHearing(enabled, "alpha-compute", "beta-data");
	}

	@Test
	void thePayloadMayRepeatButNotReplaceTheHandshakesAccount() {
		List<String> same = listen(socket().headers((headers) -> headers.setBasicAuth(STAFF, TEST_PASSWORD))
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(basic(STAFF, TEST_PASSWORD));
				}
			})
			.build());
		awaitHearing(same, "gamma-models", "epsilon-tuning");

		assertRefused(listen(socket().headers((headers) -> headers.setBasicAuth(FOUNDER_DELTA, TEST_PASSWORD))
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(basic(STAFF, TEST_PASSWORD));
				}
			})
			.build()));
	}

	private List<String> listen(String username) {
		return listen(socket().headers((headers) -> headers.setBasicAuth(username, TEST_PASSWORD)).build());
	}

	private List<String> listen(String username, String subscription, Function<Map<?, ?>, String> describe) {
		return listen(socket().headers((headers) -> headers.setBasicAuth(username, TEST_PASSWORD)).build(),
				subscription, describe);
	}

	private List<String> listen(WebSocketGraphQlTester tester) {
		return listen(tester, "subscription { introductionUpdated { id status } }",
				(update) -> update.get("id") + " " + update.get("status"));
	}

	private List<String> listen(WebSocketGraphQlTester tester, String subscription,
			Function<Map<?, ?>, String> describe) {
		List<String> received = new CopyOnWriteArrayList<>();
		this.subscriptions.add(tester.document(subscription)
			.executeSubscription()
			.toFlux("introductionUpdated", Map.class)
			.subscribe((update) -> received.add(describe.apply(update)),
					(error) -> received.add("error: " + error.getMessage())));
		this.subscriptions.add(() -> tester.stop().block(Duration.ofSeconds(5)));
		return received;
	}

	private WebSocketGraphQlTester.Builder<?> socket() {
		return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + this.port + "/graphql"),
				new StandardWebSocketClient());
	}

	// Sends no header on the handshake: signs in through connection_init, as a browser
	// does.
	private WebSocketGraphQlTester signedInByPayload(Map<String, Object> payload) {
		return socket().interceptor(new WebSocketGraphQlClientInterceptor() {
			@Override
			public Mono<Object> connectionInitPayload() {
				return Mono.just(payload);
			}
		}).build();
	}

	private static Map<String, Object> basic(String username, String password) {
		return Map.of("Authorization",
				"Basic " + HttpHeaders.encodeBasicAuth(username, password, StandardCharsets.UTF_8));
	}

	/**
	 * Proposes and withdraws introductions between two companies until the listener hears
	 * a withdrawal (subscriptions are set up asynchronously).
	 * @return the ids of every introduction proposed
	 */
	private List<String> awaitHearing(List<String> listener, String from, String to) {
		List<String> probes = new CopyOnWriteArrayList<>();
		// An update may arrive after the next probe was sent: any probe heard will do.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String probe = propose(from, to);
			probes.add(probe);
			withdraw(probe);
			assertThat(listener)
				.anyMatch((update) -> probes.stream().anyMatch((sent) -> update.startsWith(sent + " WITHDRAWN")));
		});
		return probes;
	}

	private static void assertRefused(List<String> received) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());
		// Spring closes the socket with 4401 when connection_init fails.
		assertThat(received).singleElement().asString().startsWith("error: ").contains("4401");
	}

	private void withdraw(String id) {
		graphQl()
			.document("mutation($id: ID!) { moveIntroduction(input: {introductionId: $id, status: WITHDRAWN}) "
					+ "{ introduction { id } } }")
			.variable("id", id)
			.execute();
	}

	private String propose(String from, String to) {
		return graphQl()
			.document("mutation($from: ID!, $to: ID!) { proposeIntroduction(input: {fromCompanyId: $from, "
					+ "toCompanyId: $to}) { introduction { id } } }")
			.variable("from", from)
			.variable("to", to)
			.execute()
			.path("proposeIntroduction.introduction.id")
			.entity(String.class)
			.get();
	}

}
