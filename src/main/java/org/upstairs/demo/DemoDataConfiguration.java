package org.upstairs.demo;

import java.time.Duration;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.config.CypherScripts;
import org.upstairs.config.SchemaMigrations;

/**
 * Seeds the demo dataset in the {@code demo} profile; the service reports ready once it
 * is loaded.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoProfile.NAME)
class DemoDataConfiguration {

	@Bean
	DemoData demoData(Driver driver, CypherScripts scripts, SchemaMigrations migrations, ChangeLog changes) {
		return new DemoData(driver, scripts, migrations, changes);
	}

	@Bean
	SmartInitializingSingleton demoDataLoader(DemoData demoData) {
		return demoData::loadInBackground;
	}

	@Bean
	RequestsWaitForDemoData requestsWaitForDemoData(DemoData demoData) {
		return new RequestsWaitForDemoData(demoData.loading(), Duration.ofMinutes(2));
	}

	/** Part of the readiness group: not ready until the demo is loaded. */
	@Bean
	HealthIndicator demoDataHealthIndicator(DemoData demoData) {
		return demoData::health;
	}

}
