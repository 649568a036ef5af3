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
 * @param transactionLogRotationSize the size at which a transaction log file is closed
 * and a new one begun ({@code db.tx_log.rotation.size}). Each database (the graph and
 * Neo4j's {@code system}) preallocates a whole file, so Neo4j's 256MB default makes a new
 * store take half a gigabyte; with 16MB the demo store takes 37 MB, and a 20,000-company
 * import took as long as with 256MB. A store taking imports of gigabytes every day may
 * raise it, to rotate less often.
 * @param transactionLogRetention how much closed transaction log each database keeps
 * ({@code db.tx_log.rotation.retention_policy}, in Neo4j's format such as
 * {@code 32M size}, {@code 2 files} or {@code 2 days}). Community Neo4j replays only the
 * log since the last checkpoint, which is never pruned, so older logs serve no one here;
 * Neo4j's default ({@code 2 days}) would keep everything a large import wrote for two
 * days.
 */
@ConfigurationProperties("upstairs.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("data/neo4j") Path directory,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7688") int boltPort,
		@DefaultValue("128MB") DataSize pageCache, @DefaultValue("256MB") DataSize transactionMemory,
		@DefaultValue("100ms") Duration shutdownWait, @DefaultValue("30s") Duration transactionTimeout,
		@DefaultValue("16MB") DataSize transactionLogRotationSize,
		@DefaultValue("32M size") String transactionLogRetention) {
}
