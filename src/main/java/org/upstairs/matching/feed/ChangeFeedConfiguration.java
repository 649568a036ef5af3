package org.upstairs.matching.feed;

import java.util.Locale;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.upstairs.config.CypherScripts;
import org.upstairs.config.EmbeddedNeo4jServer;

/**
 * Picks the feed: {@code upstairs.matching.feed} is {@code auto} (the embedded server's
 * commits when the database is embedded, else the change log), {@code embedded-commits}
 * or {@code change-log}. No feed when the replica is switched off (commands).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "upstairs.matching.replica.enabled", matchIfMissing = true)
class ChangeFeedConfiguration {

	/** The feeds one can choose. */
	enum Source {

		AUTO, EMBEDDED_COMMITS, CHANGE_LOG;

		static Source of(String name) {
			try {
				return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"upstairs.matching.feed must be auto, embedded-commits or change-log, was " + name, ex);
			}
		}

	}

	@Bean(destroyMethod = "close")
	ChangeFeed matchingChangeFeed(@Value("${upstairs.matching.feed:auto}") String source,
			ObjectProvider<EmbeddedNeo4jServer> embedded, Driver driver, CypherScripts cypher) {
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		return switch (Source.of(source)) {
			case AUTO -> (server != null) ? new EmbeddedCommitFeed(server) : new ChangeLogFeed(driver, cypher);
			case EMBEDDED_COMMITS -> {
				if (server == null) {
					throw new IllegalStateException(
							"upstairs.matching.feed=embedded-commits needs the embedded database; use change-log");
				}
				yield new EmbeddedCommitFeed(server);
			}
			case CHANGE_LOG -> new ChangeLogFeed(driver, cypher);
		};
	}

}
