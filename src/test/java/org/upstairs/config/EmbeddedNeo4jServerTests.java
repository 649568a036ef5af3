package org.upstairs.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedNeo4jServerTests {

	@TempDir
	Path store;

	static EmbeddedNeo4jProperties onFreePort(Path directory) {
		return new EmbeddedNeo4jProperties(true, directory, "127.0.0.1", 0, DataSize.ofMegabytes(16),
				DataSize.ofMegabytes(64), Duration.ofMillis(200), Duration.ofSeconds(2), DataSize.ofMegabytes(16),
				"32M size");
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

	@Test
	void aNewStoreWithTheDefaultSettingsTakesLittleDisk() throws IOException {
		EmbeddedNeo4jProperties defaults = new Binder(new MapConfigurationPropertySource(Map
			.of("upstairs.neo4j.embedded.directory", this.store.toString(), "upstairs.neo4j.embedded.bolt-port", "0")))
			.bindOrCreate("upstairs.neo4j.embedded", EmbeddedNeo4jProperties.class);
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(defaults);
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			// About the demo data's size.
			driver.executableQuery("UNWIND range(1, 2000) AS i CREATE (:Company {id: 'c-' + i, name: 'Company ' + i})")
				.execute();
		}

		// Neo4j's own defaults preallocate 256MB of transaction log per database: 518 MB.
		assertThat(sizeOf(this.store)).isLessThan(DataSize.ofMegabytes(100).toBytes());
	}

	@Test
	void transactionLogsRotateAtTheConfiguredSizeAndAreKeptOnlyAsLongAsConfigured() throws IOException {
		DataSize rotation = DataSize.ofKilobytes(512);
		// A file may pass the threshold by the transaction that crossed it, here about
		// 130KB.
		long fileAtMost = rotation.toBytes() + DataSize.ofKilobytes(256).toBytes();
		List<Long> written;
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, this.store, "127.0.0.1", 0, DataSize.ofMegabytes(16),
					DataSize.ofMegabytes(64), Duration.ofMillis(200), Duration.ofSeconds(30), rotation, "1M size"));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			driver.executableQuery("CREATE (:Blob {id: 1})").execute();
			String text = "x".repeat(50_000);
			for (int i = 0; i < 60; i++) {
				driver.executableQuery("MATCH (b:Blob {id: 1}) SET b.text = $text + $i")
					.withParameters(Map.of("text", text, "i", i))
					.execute();
			}
			written = transactionLogSizes();
		}
		assertThat(written).hasSizeGreaterThan(5)
			.allSatisfy((size) -> assertThat(size).isLessThanOrEqualTo(fileAtMost));

		// The checkpoint on shutdown prunes the logs down to the retention.
		List<Long> kept = transactionLogSizes();
		assertThat(kept).hasSizeLessThan(written.size());
		assertThat(kept.stream().mapToLong(Long::longValue).sum())
			.isLessThanOrEqualTo(DataSize.ofMegabytes(1).toBytes() + fileAtMost);
	}

	private List<Long> transactionLogSizes() throws IOException {
		try (Stream<Path> files = Files.list(this.store.resolve("data/transactions/neo4j"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("neostore.transaction.db"))
				.map((file) -> file.toFile().length())
				.toList();
		}
	}

	private static long sizeOf(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

}
