package org.upstairs.demo;

import org.neo4j.driver.Driver;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.upstairs.config.CypherScripts;
import org.upstairs.config.SchemaMigrations;

/**
 * Seeds the demo dataset in the {@code demo} profile, before the service reports ready.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoProfile.NAME)
class DemoDataConfiguration {

	@Bean
	DemoData demoData(Driver driver, CypherScripts scripts, SchemaMigrations migrations) {
		return new DemoData(driver, scripts, migrations);
	}

	@Bean
	ApplicationRunner demoDataLoader(DemoData demoData) {
		return (args) -> demoData.loadUnlessLoaded();
	}

}
