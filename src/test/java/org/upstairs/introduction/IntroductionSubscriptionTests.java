package org.upstairs.introduction;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
		List<String> received = new CopyOnWriteArrayList<>();
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.headers((headers) -> headers.setBasicAuth(username, TEST_PASSWORD))
			.build();
		this.subscriptions.add(tester.document("subscription { introductionUpdated { id status } }")
			.executeSubscription()
			.toFlux("introductionUpdated", Map.class)
			.subscribe((update) -> received.add(update.get("id") + " " + update.get("status"))));
		this.subscriptions.add(() -> tester.stop().block(Duration.ofSeconds(5)));
		return received;
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
