package org.upstairs.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns the {@code demo} profile on when the embedded database serves and no profile was
 * chosen, so that {@code ./mvnw spring-boot:run} shows data at once, while a service
 * pointed at an external Neo4j never writes demo data into it unasked.
 */
public class DemoProfile implements EnvironmentPostProcessor {

	/** The profile that loads the demo dataset. */
	public static final String NAME = "demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean embedded = environment.getProperty("upstairs.neo4j.embedded.enabled", Boolean.class, true);
		// The import and export commands turn this off: they work on the data they are
		// given.
		boolean auto = environment.getProperty("upstairs.demo.auto-activate", Boolean.class, true);
		if (embedded && auto && environment.getActiveProfiles().length == 0) {
			environment.addActiveProfile(NAME);
		}
	}

}
