package org.upstairs.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * Which Neo4j the integration tests run against; see {@link IntegrationTest}.
 */
public final class Neo4jBackend {

	/** System property naming the backend: {@code embedded} or {@code container}. */
	public static final String PROPERTY = "upstairs.test.neo4j-backend";

	/** The image the container backend runs: the same LTS line as the embedded server. */
	public static final String IMAGE = "neo4j:5.26-community";

	private Neo4jBackend() {
	}

	/**
	 * Whether the tests run against a Neo4j container rather than the embedded server.
	 * @return true for the container backend
	 */
	public static boolean isContainer() {
		return "container".equals(System.getProperty(PROPERTY, "embedded"));
	}

	/**
	 * Skips, rather than fails, the container run where there is no Docker engine, just
	 * as {@code @Testcontainers(disabledWithoutDocker = true)} does.
	 */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!isContainer()) {
				return ConditionEvaluationResult.enabled("embedded Neo4j");
			}
			return DockerClientFactory.instance().isDockerAvailable()
					? ConditionEvaluationResult.enabled("Neo4j in a container (" + IMAGE + ")")
					: ConditionEvaluationResult.disabled("No Docker engine: the Testcontainers run is skipped");
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = PROPERTY, havingValue = "container")
	static class ContainerConfiguration {

		@Bean
		@ServiceConnection
		Neo4jContainer neo4jContainer() {
			return new Neo4jContainer(IMAGE).withoutAuthentication();
		}

	}

}
