package org.upstairs.config;

import org.neo4j.driver.Driver;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Database wiring shared by every feature, embedded or external.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

	@Bean
	SchemaMigrations schemaMigrations(Driver driver, Neo4jConnectionDetails connectionDetails) {
		return new SchemaMigrations(driver, connectionDetails.getUri());
	}

	@Bean
	CypherScripts cypherScripts() {
		return new CypherScripts();
	}

}
