package org.upstairs.config;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.support.IntegrationTest;

/**
 * Health: anyone may ask for the status, as probes do; only staff and administrators see
 * what it is made of.
 */
class HealthTests extends IntegrationTest {

	private WebTestClient actuator() {
		return actuatorWith((headers) -> {
		});
	}

	private WebTestClient actuatorAs(String username) {
		return actuatorWith((headers) -> headers.setBasicAuth(username, TEST_PASSWORD));
	}

	private WebTestClient actuatorWith(Consumer<HttpHeaders> headers) {
		// Generous: readiness is asked while the demo data loads, on two shared cores.
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/actuator")
			.defaultHeaders(headers)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private void awaitReadiness() throws InterruptedException {
		awaitDemoData();
		// The matching index is built in the background once the service is up.
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (actuator().get()
			.uri("/health/readiness")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	@Test
	void readinessIncludesNeo4jTheDemoDataAndTheMatchingReplica() throws InterruptedException {
		awaitReadiness();
		actuatorAs(STAFF).get()
			.uri("/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.demoData.status")
			.isEqualTo("UP")
			.jsonPath("$.components.matchingReplica.status")
			.isEqualTo("UP");
	}

	@Test
	void anonymousCallersAndFoundersSeeOnlyTheStatus() throws InterruptedException {
		awaitReadiness();
		for (String path : new String[] { "/health", "/health/readiness", "/health/liveness" }) {
			assertStatusOnly(actuator(), path);
		}
		assertStatusOnly(actuatorAs(FOUNDER_ALPHA), "/health");
	}

	private static void assertStatusOnly(WebTestClient client, String path) {
		client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist()
			.jsonPath("$.details")
			.doesNotExist();
	}

	@Test
	void staffAndAdministratorsSeeTheComponentsAndTheirDetails() throws InterruptedException {
		awaitReadiness();
		for (String username : new String[] { STAFF, ADMIN }) {
			actuatorAs(username).get()
				.uri("/health")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.neo4j.status")
				.isEqualTo("UP")
				.jsonPath("$.components.neo4j.details")
				.exists();
		}
	}

	@Test
	void livenessDoesNotDependOnTheDatabase() {
		actuatorAs(STAFF).get()
			.uri("/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.livenessState")
			.exists()
			.jsonPath("$.components.neo4j")
			.doesNotExist();
	}

}
