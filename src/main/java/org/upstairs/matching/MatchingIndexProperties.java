package org.upstairs.matching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-memory matching graph ({@link MatchingIndex}).
 *
 * @param enabled whether matching picks partners in memory; only possible with the
 * embedded database, and on by default there
 * @param buildWait how long a matching request waits for the first build after start-up
 * before it runs in Cypher instead (a hub of 100,000 companies takes about 20 s to build)
 */
@ConfigurationProperties("upstairs.matching.index")
record MatchingIndexProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration buildWait) {
}
