package org.upstairs.support;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.neo4j.driver.Driver;

/**
 * Base of every test that needs the whole service on a real Neo4j over Bolt. One Spring
 * context, and so one database, serves all subclasses.
 * <p>
 * The backend is chosen by the system property {@value Neo4jBackend#PROPERTY}:
 * {@code embedded} (the default) starts the in-process Neo4j on a free port over a fresh
 * store under {@code target/}; {@code container} starts {@code neo4j:5.26-community} with
 * Testcontainers and wires it through {@code @ServiceConnection}. Without Docker the
 * container run skips every test instead of failing it. The Maven build runs both.
 */
@Tag(IntegrationTest.TAG)
@ExtendWith(Neo4jBackend.Condition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "upstairs.neo4j.embedded.bolt-port=0")
@ActiveProfiles("demo")
@Import(Neo4jBackend.ContainerConfiguration.class)
public abstract class IntegrationTest {

	/** The JUnit tag the container run of the build selects. */
	public static final String TAG = "neo4j";

	private static final Path STORE = Path.of("target", "test-neo4j", UUID.randomUUID().toString());

	@LocalServerPort
	protected int port;

	@Autowired
	protected Driver driver;

	@DynamicPropertySource
	static void freshStore(DynamicPropertyRegistry registry) {
		registry.add("upstairs.neo4j.embedded.directory", STORE::toString);
	}

	/**
	 * A GraphQL client that goes through HTTP to {@code /graphql}, as a frontend does.
	 * @return the tester
	 */
	protected HttpGraphQlTester graphQl() {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build();
		return HttpGraphQlTester.create(client);
	}

}
