package org.upstairs.matching;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.upstairs.config.CypherScripts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The APOC trigger of {@code cypher/changelog/apoc-trigger.cypher} keeps the change log
 * for writes of other clients: a Neo4j 5.26 with APOC Core ({@link Neo4jWithApoc}), as a
 * deployer runs it, is written to over Bolt by a plain driver, and every committed
 * transaction leaves one {@code __Change} entry naming the nodes it touched.
 */
class ApocTriggerChangeLogTests {

	private static final Logger log = LoggerFactory.getLogger(ApocTriggerChangeLogTests.class);

	private static final String TRIGGER = "upstairs-matching-changes";

	@TempDir
	static Path home;

	private static Neo4jWithApoc server;

	private static Driver driver;

	@BeforeAll
	static void startNeo4jWithApocAndInstallTheTrigger() throws Exception {
		server = Neo4jWithApoc.start(home);
		log.info("Neo4j with APOC started in {} ms (its JVM included)", server.startTime().toMillis());
		driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
		driver
			.executableQuery(
					"CREATE CONSTRAINT change_log_name IF NOT EXISTS FOR (n:__ChangeLog) REQUIRE n.name IS UNIQUE")
			.execute();
		driver.executableQuery("CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:__Change) REQUIRE n.seq IS UNIQUE")
			.execute();

		long installing = System.nanoTime();
		QueryConfig onSystem = QueryConfig.builder().withDatabase("system").build();
		for (String statement : triggerScript().statements()) {
			driver.executableQuery(statement).withConfig(onSystem).execute();
		}
		long installed = System.nanoTime();
		awaitTriggerLive();
		log.info("Trigger installed in {} ms, live {} ms later", (installed - installing) / 1_000_000,
				(System.nanoTime() - installed) / 1_000_000);
	}

	private static CypherScripts.Script triggerScript() {
		return new CypherScripts().folder("changelog")
			.stream()
			.filter((script) -> script.name().equals("apoc-trigger.cypher"))
			.findFirst()
			.orElseThrow();
	}

	/** The database reads installed triggers every apoc.trigger.refresh. */
	private static void awaitTriggerLive() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			List<String> live = driver.executableQuery("CALL apoc.trigger.list() YIELD name RETURN name")
				.execute()
				.records()
				.stream()
				.map((record) -> record.get("name").asString())
				.toList();
			if (live.contains(TRIGGER)) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The trigger " + TRIGGER + " did not go live within 30 s");
	}

	@AfterAll
	static void stop() throws Exception {
		if (driver != null) {
			driver.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void emptyGraphAndLog() {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		driver.executableQuery("CREATE (:__ChangeLog {name: 'matching', last: 0, prunedThrough: 0, epoch: $epoch})")
			.withParameters(Map.of("epoch", UUID.randomUUID().toString()))
			.execute();
	}

	@Test
	void aCreationAChangeAndADeletionEachLeaveOneEntryInCommitOrder() {
		write("""
				CREATE (:Company {id: 'acme', name: 'Acme'})-[:OFFERS]->(:Capability {id: 'gpu', name: 'GPUs'})""");
		write("MATCH (c:Company {id: 'acme'}) SET c.name = 'Acme AI'");
		write("MATCH (c:Company {id: 'acme'}) DETACH DELETE c");

		assertThat(changes()).containsExactly(new Change(1, List.of("Capability:gpu", "Company:acme")),
				new Change(2, List.of("Company:acme")), new Change(3, List.of("Capability:gpu", "Company:acme")));
		assertThat(last()).isEqualTo(3);
	}

	@Test
	void relationshipsLabelsAndIdsNameTheNodesTheyTouch() {
		write("""
				CREATE (:Company {id: 'acme'}), (:Capability {id: 'gpu'}), (:Scenario {id: 'robots'}),
				       (:Building {id: 'tower'})""");
		write("MATCH (c:Company {id: 'acme'}), (k:Capability {id: 'gpu'}) CREATE (c)-[:OFFERS]->(k)");
		write("MATCH (:Company {id: 'acme'})-[o:OFFERS]->() SET o.verified = true");
		write("MATCH (s:Scenario {id: 'robots'}) SET s:Archived");
		write("MATCH (k:Capability {id: 'gpu'}) REMOVE k:Capability");
		write("MATCH (b:Building {id: 'tower'}) SET b.id = 'tower-2'");
		write("MATCH (c:Company {id: 'acme'})-[o:OFFERS]->() DELETE o");

		assertThat(changes()).extracting(Change::nodes)
			.containsExactly(List.of("Building:tower", "Capability:gpu", "Company:acme", "Scenario:robots"),
					List.of("Capability:gpu", "Company:acme"), List.of("Capability:gpu", "Company:acme"),
					List.of("Scenario:robots"), List.of("Capability:gpu"),
					List.of("Building:tower", "Building:tower-2"),
					// gpu is no Capability any more: only the Company end counts.
					List.of("Company:acme"));
	}

	@Test
	void writesThatTouchNoMatchingNodeOrLogThemselvesAddNoEntry() {
		write("CREATE (:Hub {id: 'zhangjiang'})");
		// A write of the service appends its own entry, last, in the same transaction.
		write("""
				CREATE (:Company {id: 'acme'})
				WITH 1 AS done
				MATCH (log:__ChangeLog {name: 'matching'})
				SET log._lock = true
				WITH log, log.last + 1 AS seq
				SET log.last = seq
				REMOVE log._lock
				CREATE (:__Change {seq: seq, nodes: ['Company:acme'], at: datetime()})""");

		assertThat(changes()).containsExactly(new Change(1, List.of("Company:acme")));
	}

	@Test
	void concurrentWritersGetConsecutiveNumbers() throws Exception {
		int writers = 4;
		int writes = 10;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				int w = writer;
				done.add(pool.submit(() -> {
					for (int i = 0; i < writes; i++) {
						driver.executableQuery("CREATE (:Company {id: $id})")
							.withParameters(Map.of("id", "company-" + w + "-" + i))
							.execute();
					}
				}));
			}
			for (Future<?> each : done) {
				each.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<Change> changes = changes();
		assertThat(changes).extracting(Change::seq)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, writers * writes).boxed().toList());
		assertThat(changes).extracting((change) -> change.nodes().size()).containsOnly(1);
		assertThat(changes).flatExtracting(Change::nodes).doesNotHaveDuplicates().hasSize(writers * writes);
	}

	private static void write(String statement) {
		driver.executableQuery(statement).execute();
	}

	private static List<Change> changes() {
		return driver.executableQuery("MATCH (c:__Change) RETURN c.seq AS seq, c.nodes AS nodes ORDER BY seq")
			.execute()
			.records()
			.stream()
			.map(ApocTriggerChangeLogTests::change)
			.toList();
	}

	private static Change change(Record record) {
		return new Change(record.get("seq").asLong(),
				record.get("nodes").asList((value) -> value.asString()).stream().toList());
	}

	private static long last() {
		return driver.executableQuery("MATCH (log:__ChangeLog {name: 'matching'}) RETURN log.last AS last")
			.execute()
			.records()
			.get(0)
			.get("last")
			.asLong();
	}

	record Change(long seq, List<String> nodes) {
	}

}
