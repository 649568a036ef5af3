package org.upstairs.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that serves by default.
 *
 * @param enabled start the embedded database; false serves from {@code spring.neo4j.uri}
 * @param directory where the store lives (created when missing)
 * @param listenAddress the Bolt listen address; loopback keeps the server (which asks for
 * the credentials in the store directory's {@code bolt-credentials.properties}) private
 * to this machine
 * @param boltPort the Bolt port, 0 for a free one
 * @param pageCache the page cache size (off-heap)
 * @param transactionMemory the most memory all running transactions may take together
 * @param shutdownWait how long Bolt waits for open connections when stopping
 * @param transactionTimeout the longest any transaction may run before the database ends
 * it, so that a runaway query cannot hold a core for ever
 */
@ConfigurationProperties("upstairs.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("data/neo4j") Path directory,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7688") int boltPort,
		@DefaultValue("128MB") DataSize pageCache, @DefaultValue("256MB") DataSize transactionMemory,
		@DefaultValue("100ms") Duration shutdownWait, @DefaultValue("30s") Duration transactionTimeout) {
}
