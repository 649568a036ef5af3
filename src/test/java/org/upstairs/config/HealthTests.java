package org.upstairs.config;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.support.IntegrationTest;

class HealthTests extends IntegrationTest {

	private WebTestClient actuator() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/actuator").build();
	}

	@Test
	void readinessIncludesNeo4jTheDemoDataAndTheMatchingIndex() throws InterruptedException {
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
		actuator().get()
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
			.jsonPath("$.components.matchingIndex.status")
			.isEqualTo("UP");
	}

	@Test
	void livenessDoesNotDependOnTheDatabase() {
		actuator().get()
			.uri("/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j")
			.doesNotExist();
	}

}
