package org.upstairs.demo;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProfileTests {

	private final DemoProfile demoProfile = new DemoProfile();

	@Test
	void embeddedDatabaseWithoutAProfileShowsTheDemo() {
		MockEnvironment environment = new MockEnvironment();

		this.demoProfile.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getActiveProfiles()).containsExactly("demo");
	}

	@Test
	void externalDatabaseNeverGetsDemoDataUnasked() {
		MockEnvironment environment = new MockEnvironment().withProperty("upstairs.neo4j.embedded.enabled", "false");

		this.demoProfile.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getActiveProfiles()).isEmpty();
	}

	@Test
	void aChosenProfileIsLeftAlone() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		this.demoProfile.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getActiveProfiles()).containsExactly("prod");
	}

}
