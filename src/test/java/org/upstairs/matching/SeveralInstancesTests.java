package org.upstairs.matching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.upstairs.UpstairsApplication;
import org.upstairs.config.EmbeddedNeo4jServer;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.Neo4jBackend;
import org.upstairs.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, as behind a load balancer: A is the test
 * context (its matching replica kept current by the embedded server's commits), B a
 * second context of the application in this JVM that reaches A's database over Bolt only
 * and keeps its replica current from the change log. A write through either is in the
 * other's very next matching answer; a restarted instance answers as the other does; and
 * under concurrent writes through A, no answer of B misses a write that completed before
 * it was asked. On the hand-built chain fixture
 * (src/test/resources/fixtures/chain.cypher).
 */
class SeveralInstancesTests extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(SeveralInstancesTests.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/**
	 * A staff member's bearer token, which both instances accept. Not HTTP Basic: a
	 * remembered password is checked again with BCrypt each minute, and a dozen requests
	 * checking it at once on two cores are refused with 429 (the sign-in throttle's
	 * {@code password-check-wait}), which is not what this test is about.
	 */
	private static String staffToken;

	/** Instance B, started once for the class (and again by the restart test). */
	private static ConfigurableApplicationContext instanceB;

	@Autowired
	private Neo4jConnectionDetails database;

	@Autowired
	private ObjectProvider<EmbeddedNeo4jServer> embeddedServer;

	@BeforeEach
	void fixtureAndSecondInstance() throws Exception {
		resetGraphTo("chain");
		if (staffToken == null) {
			staffToken = TestTokens.token(TestTokens.issuerKey(),
					Map.of("preferred_username", "several-instances-staff", "upstairs_role", "STAFF"));
		}
		if (instanceB == null) {
			instanceB = startInstanceB();
		}
	}

	@AfterAll
	static void closeSecondInstance() {
		if (instanceB != null) {
			instanceB.close();
			instanceB = null;
		}
	}

	@Test
	void theSecondInstanceKeepsItsReplicaCurrentFromTheChangeLog() throws Exception {
		JsonNode replica = b().health().path("components").path("matchingReplica");

		assertThat(replica.path("status").asString()).isEqualTo("UP");
		assertThat(replica.path("details").path("feed").asString()).isEqualTo("change-log");
		if (!Neo4jBackend.isContainer()) {
			assertThat(a().health().path("components").path("matchingReplica").path("details").path("feed").asString())
				.isEqualTo("embedded-commits");
		}
	}

	@Test
	void aWriteThroughEitherInstanceIsInTheOthersNextAnswer() throws Exception {
		// gamma needs gpu and corpus: alpha offers gpu, beta corpus.
		assertThat(upstreamIds(b(), "gamma-models")).containsExactly("alpha-compute", "beta-data");
		assertThat(upstreamIds(a(), "gamma-models")).containsExactly("alpha-compute", "beta-data");

		// Through A, asked of B at once: no pause, no retry.
		a().data(createCompany("omega-supply", "Omega Supply"));
		a().data(addOffer("omega-supply", "gpu"));
		assertThat(upstreamIds(b(), "gamma-models")).contains("omega-supply");

		// Through B, asked of A at once.
		b().data(createCompany("psi-data", "Psi Data"));
		b().data(addOffer("psi-data", "corpus"));
		assertThat(upstreamIds(a(), "gamma-models")).contains("omega-supply", "psi-data");

		// A partnership through B: partners are not recommended to each other.
		assertThat(recommendedIds(a(), "gamma-models")).contains("beta-data");
		b().data("""
				mutation { recordPartnership(input: {companyId: "gamma-models", partnerId: "beta-data"}) {
				  company { id } } }""");
		assertThat(recommendedIds(a(), "gamma-models")).doesNotContain("beta-data");

		// And its removal through A, asked of B.
		a().data("""
				mutation { removePartnership(input: {companyId: "gamma-models", partnerId: "beta-data"}) {
				  company { id } } }""");
		assertThat(recommendedIds(b(), "gamma-models")).contains("beta-data");
	}

	@Test
	void aRestartedInstanceAnswersAsTheOtherForEveryCompany() throws Exception {
		b().data(createCompany("psi-data", "Psi Data"));
		b().data(addOffer("psi-data", "corpus"));
		instanceB.close();
		instanceB = null;
		// Written while B is away.
		a().data(createCompany("omega-supply", "Omega Supply"));
		a().data(addOffer("omega-supply", "gpu"));
		a().data("""
				mutation { recordPartnership(input: {companyId: "epsilon-tuning", partnerId: "delta-apps"}) {
				  company { id } } }""");
		instanceB = startInstanceB();

		List<String> companies = this.driver.executableQuery("MATCH (c:Company) RETURN c.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList();
		assertThat(companies).contains("omega-supply", "psi-data", "theta-archived").hasSize(10);
		int matches = 0;
		for (String company : companies) {
			for (String query : List.of(upstream(company, 2, 100), downstream(company), recommendations(company))) {
				JsonNode fromA = a().graphQl(query);
				JsonNode fromB = b().graphQl(query);
				assertThat(fromB).as("B's answer to %s", query).isEqualTo(fromA);
				// The archived company is not matched: both say NOT_FOUND.
				assertThat(fromA.has("errors")).as("errors in %s", fromA).isEqualTo(company.equals("theta-archived"));
				for (JsonNode answer : fromA.path("data")) {
					matches += answer.size();
				}
			}
		}
		log.info("B answered as A with {} matches in all", matches);
		assertThat(matches).as("matches compared").isGreaterThan(40);
	}

	@Test
	void underConcurrentWritesThroughOneInstanceTheOtherNeverMissesACompletedWrite() throws Exception {
		a().data("""
				mutation { upsertCapability(input: {id: "rare-capability", name: "Rare capability", layer: SERVICES}) {
				  capability { id } } }""");
		a().data(createCompany("sink", "Sink"));
		a().data("""
				mutation { addNeed(input: {companyId: "sink", capabilityId: "rare-capability", priority: 1}) {
				  company { id } } }""");
		assertThat(upstreamIds(b(), "sink")).isEmpty();

		// 88 companies: all fit in one answer of at most 100.
		int writers = 8;
		int companiesPerWriter = 11;
		int readers = 6;
		// Each writer lets B answer this many more times before its next company, so that
		// however loaded the machine, the writes cannot finish before B was asked often.
		int readsPerCompany = 6;
		AtomicInteger answered = new AtomicInteger();
		// The company ids whose offer was added, with when its response came back.
		Map<String, Long> completed = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				writes.add(pool.submit(() -> {
					go.await();
					for (int n = 0; n < companiesPerWriter; n++) {
						long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
						while (answered.get() < n * readsPerCompany) {
							assertThat(System.nanoTime() - deadline).as("B answered in time").isNegative();
							Thread.sleep(5);
						}
						String id = "w-" + writer + "-" + n;
						a().data(createCompany(id, "W " + writer + " " + n));
						a().data(addOffer(id, "rare-capability"));
						completed.put(id, System.nanoTime());
					}
					return null;
				}));
			}
			List<Future<?>> readings = new ArrayList<>();
			for (int r = 0; r < readers; r++) {
				readings.add(pool.submit(() -> {
					go.await();
					while (writing.get()) {
						long asked = System.nanoTime();
						JsonNode answer = b().graphQl(upstream("sink", 0, 100));
						if (answer.has("errors")) {
							failures.add(answer.path("errors").toString());
							continue;
						}
						Set<String> ids = new HashSet<>();
						answer.path("data")
							.path("upstreamPartners")
							.forEach((partner) -> ids.add(partner.path("company").path("id").asString()));
						reads.add(new Read(asked, System.nanoTime() - asked, ids));
						answered.incrementAndGet();
					}
					return null;
				}));
			}
			long started = System.nanoTime();
			go.countDown();
			for (Future<?> write : writes) {
				write.get(120, TimeUnit.SECONDS);
			}
			long writesDone = System.nanoTime();
			writing.set(false);
			for (Future<?> reading : readings) {
				reading.get(60, TimeUnit.SECONDS);
			}

			assertThat(failures).as("errors B answered").isEmpty();
			assertThat(completed).hasSize(writers * companiesPerWriter);
			List<String> violations = new ArrayList<>();
			int overlapping = 0;
			for (Read read : reads) {
				if (read.asked() > started && read.asked() < writesDone) {
					overlapping++;
				}
				for (Map.Entry<String, Long> write : completed.entrySet()) {
					if (write.getValue() - read.asked() < 0 && !read.companies().contains(write.getKey())) {
						violations.add("a read asked " + (read.asked() - write.getValue()) / 1_000 + " µs after "
								+ write.getKey() + " was written misses it");
					}
				}
			}
			List<Long> took = reads.stream().map((read) -> read.tookNanos() / 1_000_000).sorted().toList();
			log.info(
					"{} writes through A in {} ms; {} reads of B, {} of them while A was written to, in {} ms (median), {} ms at most",
					completed.size(), (writesDone - started) / 1_000_000, reads.size(), overlapping,
					took.get(took.size() / 2), took.get(took.size() - 1));
			assertThat(violations).as("answers of B that miss a completed write").isEmpty();
			assertThat(overlapping).as("reads of B while A was being written to").isGreaterThan(50);
			// Every write is in the next answer once they are all done.
			assertThat(upstreamIds(b(), "sink")).containsExactlyInAnyOrderElementsOf(completed.keySet());
		}
		finally {
			writing.set(false);
			pool.shutdownNow();
			assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
	}

	/**
	 * One answer of B: when it was asked, how long it took, and the partners it named.
	 */
	private record Read(long asked, long tookNanos, Set<String> companies) {
	}

	private static String createCompany(String id, String name) {
		return """
				mutation { upsertCompany(input: {id: "%s", name: "%s", kind: STARTUP}) { company { id } } }"""
			.formatted(id, name);
	}

	private static String addOffer(String company, String capability) {
		return """
				mutation { addOffer(input: {companyId: "%s", capabilityId: "%s"}) { company { id } } }"""
			.formatted(company, capability);
	}

	private static final String REASONS = "reasons { code weight text capabilities { id } scenarios { id } companies { id } }";

	private static String upstream(String company, int maxHops, int first) {
		return "{ upstreamPartners(companyId: \"%s\", maxHops: %d, first: %d) { company { id } score hops proximity floorDelta paths { id } %s } }"
			.formatted(company, maxHops, first, REASONS);
	}

	private static String downstream(String company) {
		return "{ downstreamPartners(companyId: \"%s\", first: 100) { company { id } score hops proximity floorDelta paths { id } %s } }"
			.formatted(company, REASONS);
	}

	private static String recommendations(String company) {
		return "{ recommendCollaborations(companyId: \"%s\", first: 100) { company { id } score kind hops %s } }"
			.formatted(company, REASONS);
	}

	private static List<String> upstreamIds(Instance instance, String company) throws Exception {
		return ids(instance.data(upstream(company, 2, 100)).path("upstreamPartners"));
	}

	private static List<String> recommendedIds(Instance instance, String company) throws Exception {
		return ids(instance.data(recommendations(company)).path("recommendCollaborations"));
	}

	private static List<String> ids(JsonNode matches) {
		List<String> ids = new ArrayList<>();
		matches.forEach((match) -> ids.add(match.path("company").path("id").asString()));
		return ids;
	}

	private Instance a() {
		return new Instance(this.port, staffToken);
	}

	private static Instance b() {
		return new Instance(Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port")), staffToken);
	}

	/**
	 * Starts B on A's database, as an instance deployed beside it would: no embedded
	 * server, no demo profile, A's Bolt URI and credentials; and waits until it is ready.
	 */
	private ConfigurableApplicationContext startInstanceB() throws Exception {
		List<String> args = new ArrayList<>(List.of("--upstairs.neo4j.embedded.enabled=false", "--server.port=0",
				"--spring.main.banner-mode=off", "--spring.neo4j.uri=" + this.database.getUri(),
				// The same token issuer as A's.
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/public.pem",
				"--upstairs.security.jwt.issuer=" + TOKEN_ISSUER,
				"--spring.security.oauth2.resourceserver.jwt.audiences=" + TOKEN_AUDIENCE));
		EmbeddedNeo4jServer server = this.embeddedServer.getIfAvailable();
		if (server != null) {
			args.add("--spring.neo4j.authentication.username=" + server.credentials().username());
			args.add("--spring.neo4j.authentication.password=" + server.credentials().password());
		}
		// Else the container backend, which runs without authentication.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(UpstairsApplication.class)
			.run(args.toArray(String[]::new));
		Instance b = new Instance(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), staffToken);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (b.readinessStatus() != 200) {
			if (System.nanoTime() > deadline) {
				app.close();
				throw new AssertionError("Instance B was not ready within 60 s");
			}
			Thread.sleep(100);
		}
		return app;
	}

	/** One instance, asked over HTTP with a staff token. */
	private record Instance(int port, String token) {

		/** The whole response to a GraphQL document: data and errors. */
		JsonNode graphQl(String document) throws Exception {
			HttpRequest request = request("/graphql").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))))
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("HTTP status of %s", document).isEqualTo(200);
			return JSON.readTree(response.body());
		}

		/** The data of a response that must have no errors. */
		JsonNode data(String document) throws Exception {
			JsonNode response = graphQl(document);
			assertThat(response.path("errors").isMissingNode()).as("errors of %s: %s", document, response).isTrue();
			return response.path("data");
		}

		JsonNode health() throws Exception {
			HttpResponse<String> response = HTTP.send(request("/actuator/health/readiness").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}

		/** Readiness as a probe asks for it, signed in as nobody. */
		int readinessStatus() throws Exception {
			HttpRequest probe = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build();
			return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + this.token)
				.timeout(Duration.ofSeconds(30));
		}

	}

}
