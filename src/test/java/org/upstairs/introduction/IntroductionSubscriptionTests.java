package org.upstairs.introduction;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.upstairs.support.IntegrationTest;

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
		// Subscriptions are set up asynchronously: wait until a first update reaches all.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String probe = propose("gamma-models", "epsilon-tuning");
			graphQl()
				.document("mutation($id: ID!) { moveIntroduction(input: {introductionId: $id, status: WITHDRAWN}) "
						+ "{ introduction { id } } }")
				.variable("id", probe)
				.execute();
			assertThat(staff).contains(probe + " WITHDRAWN");
		});
		staff.clear();

		String id = propose("alpha-compute", "beta-data");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(alpha).contains(id + " PROPOSED"));
		assertThat(staff).contains(id + " PROPOSED");
		// delta takes no part: it heard nothing of alpha's introduction, nor of the
		// probe.
		assertThat(delta).isEmpty();
	}

	@Test
	void everyUpdateCarriesTheIntroductionsNestedFieldsAsCommitted() {
		List<String> staff = listen(STAFF, """
				subscription { introductionUpdated { id status from { id name } to { name nameZh }
				  history { sequence from to actor } } }""", (update) -> update.get("id") + " " + update.get("status")
				+ " " + update.get("from") + " " + update.get("to") + " " + update.get("history"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String probe = propose("gamma-models", "epsilon-tuning");
			withdraw(probe);
			assertThat(staff).anyMatch((update) -> update.startsWith(probe + " WITHDRAWN"));
		});
		staff.clear();

		String id = propose("alpha-compute", "beta-data");
		withdraw(id);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(staff).hasSize(2));
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

	private List<String> listen(String username) {
		return listen(username, "subscription { introductionUpdated { id status } }",
				(update) -> update.get("id") + " " + update.get("status"));
	}

	private List<String> listen(String username, String subscription, Function<Map<?, ?>, String> describe) {
		List<String> received = new CopyOnWriteArrayList<>();
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.headers((headers) -> headers.setBasicAuth(username, TEST_PASSWORD))
			.build();
		this.subscriptions.add(tester.document(subscription)
			.executeSubscription()
			.toFlux("introductionUpdated", Map.class)
			.subscribe((update) -> received.add(describe.apply(update)),
					(error) -> received.add("error: " + error.getMessage())));
		this.subscriptions.add(() -> tester.stop().block(Duration.ofSeconds(5)));
		return received;
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
