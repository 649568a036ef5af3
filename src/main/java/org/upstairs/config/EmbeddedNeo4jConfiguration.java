package org.upstairs.config;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j unless {@code upstairs.neo4j.embedded.enabled=false}, and
 * points Boot's driver at it. The connection details depend on the server bean, so the
 * driver is created after the server starts and closed before it stops.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "upstairs.neo4j.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4jServer.start(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		URI uri = server.boltUri();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}
		};
	}

}
