package org.upstairs.support;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
		properties = { "upstairs.neo4j.embedded.bolt-port=0",
				// MatchingConcurrencyTests waits for a turn this long.
				"upstairs.matching.concurrency.max-wait=1s",
				// Test tokens are signed with src/test/resources/jwt/private.pem,
				// and must name this issuer and audience.
				"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/public.pem",
				"upstairs.security.jwt.issuer=" + IntegrationTest.TOKEN_ISSUER,
				"spring.security.oauth2.resourceserver.jwt.audiences=" + IntegrationTest.TOKEN_AUDIENCE,
				// AuthenticationTests waits for a sign-in lock to pass.
				"upstairs.security.sign-in.lock-time=2s" })
@ActiveProfiles("demo")
@Import({ Neo4jBackend.ContainerConfiguration.class, StatementCounter.Configuration.class })
public abstract class IntegrationTest {

	private static final org.upstairs.config.CypherScripts CYPHER = new org.upstairs.config.CypherScripts();

	/** The JUnit tag the container run of the build selects. */
	public static final String TAG = "neo4j";

	/** The {@code iss} test tokens must carry. */
	protected static final String TOKEN_ISSUER = "https://issuer.upstairs.test";

	/** The {@code aud} test tokens must carry. */
	protected static final String TOKEN_AUDIENCE = "upstairs";

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

	/** The password of every test account. */
	protected static final String TEST_PASSWORD = "test-password";

	/** Staff, who may read and change everything but accounts. */
	protected static final String STAFF = "staff";

	/** An administrator. */
	protected static final String ADMIN = "admin";

	/** The founder of alpha-compute in the chain fixture. */
	protected static final String FOUNDER_ALPHA = "founder-alpha";

	/** The founder of delta-apps in the chain fixture. */
	protected static final String FOUNDER_DELTA = "founder-delta";

	@BeforeEach
	void testAccounts() {
		createTestAccounts();
	}

	/**
	 * A GraphQL client signed in as staff, going through HTTP to {@code /graphql} as a
	 * frontend does. Tests of what each role may do use {@link #graphQlAs} and
	 * {@link #anonymousGraphQl}.
	 * @return the tester
	 */
	protected HttpGraphQlTester graphQl() {
		return graphQlAs(STAFF);
	}

	/**
	 * A GraphQL client signed in with HTTP Basic as one of the test accounts.
	 * @param username {@link #STAFF}, {@link #ADMIN}, {@link #FOUNDER_ALPHA} or
	 * {@link #FOUNDER_DELTA}
	 * @return the tester
	 */
	protected HttpGraphQlTester graphQlAs(String username) {
		return graphQlWith((headers) -> headers.setBasicAuth(username, TEST_PASSWORD));
	}

	/**
	 * A GraphQL client nobody is signed in to.
	 * @return the tester
	 */
	protected HttpGraphQlTester anonymousGraphQl() {
		return graphQlWith((headers) -> {
		});
	}

	/**
	 * An HTTP client for the service's other endpoints ({@code /bulk/*}), asking for
	 * JSON.
	 * @param username a test account, signed in with HTTP Basic, or null for nobody
	 * @return the client
	 */
	protected WebTestClient httpAs(String username) {
		// Generous: the first import after the demo data loaded is slow, and the build
		// shares two cores.
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.defaultHeaders((headers) -> {
				if (username != null) {
					headers.setBasicAuth(username, TEST_PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
				}
			})
			.defaultHeader(org.springframework.http.HttpHeaders.ACCEPT,
					org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	/**
	 * A GraphQL client sending these headers.
	 * @param headers sets the headers
	 * @return the tester
	 */
	protected HttpGraphQlTester graphQlWith(java.util.function.Consumer<org.springframework.http.HttpHeaders> headers) {
		WebTestClient.Builder client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.defaultHeaders(headers)
			.responseTimeout(java.time.Duration.ofSeconds(30));
		// Generous: the first run of a large query plans it, and the build shares two
		// cores.
		return HttpGraphQlTester.builder(client).responseTimeout(java.time.Duration.ofSeconds(30)).build();
	}

	private void createTestAccounts() {
		this.driver.executableQuery("""
				UNWIND $accounts AS account
				MERGE (a:Account {username: account.username})
				  ON CREATE SET a.id = 'account-' + account.username, a.role = account.role,
				                a.companyId = account.companyId, a.disabled = false, a.createdAt = datetime(),
				                a.passwordHash = $hash""")
			.withParameters(java.util.Map.of("hash", "$2a$10$tLvwiGAk84K/54IoWK251ub6WE5Yg/bfgaE8Ahh4KdJ/AlLyh5pgy",
					"accounts",
					List.of(java.util.Map.of("username", STAFF, "role", "STAFF"),
							java.util.Map.of("username", ADMIN, "role", "ADMIN"),
							java.util.Map.of("username", FOUNDER_ALPHA, "role", "FOUNDER", "companyId",
									"alpha-compute"),
							java.util.Map.of("username", FOUNDER_DELTA, "role", "FOUNDER", "companyId", "delta-apps"))))
			.execute();
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
		// Written around the service: tell every instance reading the change log to read
		// the whole graph again, as the demo loader does.
		java.util.Map<String, Object> everything = new java.util.HashMap<>();
		everything.put("nodes", null);
		everything.put("everything", true);
		this.driver.executableQuery(CYPHER.query("queries/changelog/append")).withParameters(everything).execute();
		createTestAccounts();
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
	 * Sends GraphQL documents in parallel as staff, eight at a time.
	 * @param requests how many
	 * @param documents the document of each request, by its number
	 * @return each request's errors as text, "[]" for none
	 * @throws Exception if a request could not be made
	 */
	protected List<String> runConcurrently(int requests, java.util.function.IntFunction<String> documents)
			throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
			for (int i = 0; i < requests; i++) {
				String document = documents.apply(i);
				results.add(pool.submit(() -> {
					StringBuilder errors = new StringBuilder();
					graphQl().document(document).execute().errors().satisfy((list) -> errors.append(list));
					return errors.toString();
				}));
			}
			List<String> errors = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<String> result : results) {
				errors.add(result.get());
			}
			return errors;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The one number a Cypher query answers, such as a count.
	 * @param cypher the query
	 * @return its first value
	 */
	protected long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
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
