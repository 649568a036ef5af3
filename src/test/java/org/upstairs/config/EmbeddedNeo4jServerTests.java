package org.upstairs.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedNeo4jServerTests {

	@TempDir
	Path store;

	static EmbeddedNeo4jProperties onFreePort(Path directory) {
		return new EmbeddedNeo4jProperties(true, directory, "127.0.0.1", 0, DataSize.ofMegabytes(16),
				DataSize.ofMegabytes(64), Duration.ofMillis(200));
	}

	@Test
	void dataWrittenSurvivesARestartOfTheStore() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri())) {
			driver.executableQuery("CREATE (:Hub {id: $id, name: $name})")
				.withParameters(Map.of("id", "restart-hub", "name", "Survives restarts"))
				.execute();
		}

		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri())) {
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
	void portZeroListensOnARealLoopbackPort() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(this.store));
				Driver driver = GraphDatabase.driver(server.boltUri())) {
			assertThat(server.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(server.boltUri().getPort()).isPositive();
			driver.verifyConnectivity();
		}
	}

}
