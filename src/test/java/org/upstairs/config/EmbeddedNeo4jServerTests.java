package org.upstairs.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedNeo4jServerTests {

	@TempDir
	Path store;

	static EmbeddedNeo4jProperties onFreePort(Path directory) {
		return new EmbeddedNeo4jProperties(true, directory, "127.0.0.1", 0, DataSize.ofMegabytes(16),
				DataSize.ofMegabytes(64), Duration.ofMillis(200), Duration.ofSeconds(2));
	}

	@Test
	void dataWrittenSurvivesARestartOfTheStore() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			driver.executableQuery("CREATE (:Hub {id: $id, name: $name})")
				.withParameters(Map.of("id", "restart-hub", "name", "Survives restarts"))
				.execute();
		}

		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			String name = driver.executableQuery("MATCH (h:Hub {id: $id}) RETURN h.name AS name")
				.withParameters(Map.of("id", "restart-hub"))
				.execute()
				.records()
				.get(0)
				.get("name")
				.asString();
			assertThat(name).isEqualTo("Survives restarts");
		}
	}

	@Test
	void aRunawayQueryIsEndedByTheTransactionTimeout() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			long started = System.nanoTime();
			assertThatExceptionOfType(Neo4jException.class)
				.isThrownBy(() -> driver
					.executableQuery("UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n")
					.execute())
				.withMessageContaining("timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
			// The server is still there for the next query.
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records()).hasSize(1);
		}
	}

	@Test
	void portZeroListensOnARealLoopbackPort() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			assertThat(server.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(server.boltUri().getPort()).isPositive();
			driver.verifyConnectivity();
		}
	}

}
