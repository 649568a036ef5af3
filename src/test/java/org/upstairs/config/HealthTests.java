package org.upstairs.config;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.support.IntegrationTest;

class HealthTests extends IntegrationTest {

	private WebTestClient actuator() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/actuator").build();
	}

	@Test
	void readinessIncludesNeo4jAndTheDemoData() {
		awaitDemoData();
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
