package org.upstairs.support;

import java.nio.file.Path;
import java.util.List;
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

import org.upstairs.demo.DemoData;

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
@Import({ Neo4jBackend.ContainerConfiguration.class, StatementCounter.Configuration.class })
public abstract class IntegrationTest {

	/** The JUnit tag the container run of the build selects. */
	public static final String TAG = "neo4j";

	private static final Path STORE = Path.of("target", "test-neo4j", UUID.randomUUID().toString());

	@LocalServerPort
	protected int port;

	@Autowired
	protected Driver driver;

	@Autowired
	protected StatementCounter statements;

	@Autowired
	private DemoData demoData;

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

	/**
	 * Empties the graph (the migrations' bookkeeping and lock nodes stay) and loads test
	 * fixtures from {@code src/test/resources/fixtures}.
	 * @param fixtures file names without {@code .cypher}
	 */
	protected void resetGraphTo(String... fixtures) {
		this.demoData.awaitLoaded();
		this.driver.executableQuery("""
				MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__')
				DETACH DELETE n""").execute();
		for (String fixture : fixtures) {
			for (String statement : Fixtures.statements(fixture)) {
				this.driver.executableQuery(statement).execute();
			}
		}
	}

	/**
	 * Waits until the background demo load has finished, as readiness does.
	 */
	protected void awaitDemoData() {
		this.demoData.awaitLoaded();
	}

	/**
	 * Empties the graph and loads the demo dataset, as a fresh demo start would.
	 */
	protected void resetGraphToDemoData() {
		resetGraphTo();
		this.demoData.load();
	}

	/**
	 * Everything in the graph but bookkeeping, as sorted text: compare two snapshots to
	 * prove that a refused request changed nothing.
	 * @return one line per node and relationship with all its properties
	 */
	protected List<String> graphSnapshot() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__')
				RETURN labels(n)[0] AS what, properties(n) AS properties
				UNION ALL
				MATCH (a)-[r]->(b) WHERE NOT any(label IN labels(a) WHERE label STARTS WITH '__')
				RETURN a.id + ' -' + type(r) + '-> ' + b.id AS what, properties(r) AS properties""")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("what").asString() + " "
					+ new java.util.TreeMap<>(record.get("properties").asMap()))
			.sorted()
			.toList();
	}

}
