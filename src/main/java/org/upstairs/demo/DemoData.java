package org.upstairs.demo;

import java.util.List;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.upstairs.config.CypherScripts;
import org.upstairs.config.SchemaMigrations;

/**
 * The demo dataset: the Shanghai hubs, their buildings and companies, from the scripts in
 * {@code cypher/seed/demo}. Every statement MERGEs on ids, so loading twice changes
 * nothing.
 */
public class DemoData {

	static final String FOLDER = "seed/demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Driver driver;

	private final CypherScripts scripts;

	DemoData(Driver driver, CypherScripts scripts, SchemaMigrations migrations) {
		// The migrations argument orders start-up: constraints exist before the MERGEs
		// run.
		this.driver = driver;
		this.scripts = scripts;
	}

	/**
	 * Loads (or reloads) the demo dataset, one transaction per script file.
	 */
	public void load() {
		long started = System.nanoTime();
		List<CypherScripts.Script> files = this.scripts.folder(FOLDER);
		try (var session = this.driver.session()) {
			for (CypherScripts.Script file : files) {
				session.executeWriteWithoutResult((tx) -> file.statements().forEach(tx::run));
			}
		}
		log.info("Demo data loaded from {} scripts in {} ms", files.size(), (System.nanoTime() - started) / 1_000_000);
	}

}
