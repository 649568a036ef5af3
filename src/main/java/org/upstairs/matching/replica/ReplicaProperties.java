package org.upstairs.matching.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-memory replica of the matching graph ({@link MatchingReplica}).
 *
 * @param enabled whether this process keeps the replica (and so answers matching); off
 * for commands such as the import, which would only read their own writes again
 * @param buildWait how long a matching request waits for the first build after start-up
 * before it gets an UNAVAILABLE error (a hub of 100,000 companies takes about 20 s to
 * read)
 * @param pollInterval how often the replica polls its change feed in the background,
 * besides before every answer
 */
@ConfigurationProperties("upstairs.matching.replica")
record ReplicaProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration buildWait,
		@DefaultValue("250ms") Duration pollInterval) {
}
