package org.upstairs.config;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
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

	/**
	 * The driver logs through SLF4J. Its default System.Logger adapter formats every Bolt
	 * message it sends, parameters included, before the level check drops the text: that
	 * was 4% of an import's CPU, and megabytes of garbage for each batch of 5,000 rows.
	 * Driver 6 deprecates {@code Logging} in favour of that default; keep this until the
	 * default checks the level first (a JFR profile of an import shows whether it does).
	 * @return the customizer
	 */
	@Bean
	@SuppressWarnings("deprecation")
	ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
		return (builder) -> builder.withLogging(Logging.slf4j());
	}

	@Bean
	CypherScripts cypherScripts() {
		return new CypherScripts();
	}

}
