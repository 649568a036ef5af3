package org.upstairs.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Checks that Neo4j answers and applies the versioned Cypher migrations in
 * {@code cypher/migrations} before anything else touches the database. Beans that read or
 * write at start-up depend on this one.
 */
public class SchemaMigrations implements InitializingBean {

	static final String LOCATION = "classpath:cypher/migrations";

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Driver driver;

	private final URI uri;

	private MigrationVersion version;

	SchemaMigrations(Driver driver, URI uri) {
		this.driver = driver;
		this.uri = uri;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			this.driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			throw new Neo4jUnavailableException(this.uri, ex);
		}
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(SchemaMigrations::findScripts)
			.withTransactionTimeout(Duration.ofMinutes(5))
			.build();
		this.version = new Migrations(config, this.driver).apply().orElse(null);
		log.info("Schema at migration version {}", (this.version != null) ? this.version.getValue() : "none");
	}

	/**
	 * Finds migration scripts with Spring's resolver, which asks the class loader for the
	 * folder alone; the library's default scans the whole class path, Neo4j's jars
	 * included, and takes seconds longer at every start.
	 */
	private static List<URL> findScripts(List<String> paths) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<URL> scripts = new ArrayList<>();
		for (String path : paths) {
			try {
				for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*.cypher")) {
					scripts.add(resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return scripts;
	}

	/**
	 * The version the schema stands at after start-up.
	 * @return the applied version, or {@code null} when there are no migrations
	 */
	public MigrationVersion version() {
		return this.version;
	}

}
