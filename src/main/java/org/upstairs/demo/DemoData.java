package org.upstairs.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;

import org.upstairs.changelog.ChangeLog;
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

	private final ChangeLog changes;

	private final Driver driver;

	private final CypherScripts scripts;

	private final CompletableFuture<Void> loaded = new CompletableFuture<>();

	DemoData(Driver driver, CypherScripts scripts, SchemaMigrations migrations, ChangeLog changes) {
		this.changes = changes;
		// The migrations argument orders start-up: constraints exist before the MERGEs
		// run.
		this.driver = driver;
		this.scripts = scripts;
	}

	/**
	 * Starts {@link #loadUnlessLoaded()} on its own thread, so that parsing the large
	 * seed statements on a cold JVM overlaps the rest of start-up; readiness waits for
	 * it.
	 */
	void loadInBackground() {
		Thread loader = new Thread(() -> {
			try {
				loadUnlessLoaded();
				this.loaded.complete(null);
			}
			catch (RuntimeException ex) {
				log.error("Demo data could not be loaded", ex);
				this.loaded.completeExceptionally(ex);
			}
		}, "demo-data-loader");
		loader.setDaemon(true);
		loader.start();
	}

	/**
	 * The start-up load, done when it has finished.
	 * @return the future of the load
	 */
	CompletableFuture<Void> loading() {
		return this.loaded;
	}

	/**
	 * Waits until the start-up load has finished.
	 */
	public void awaitLoaded() {
		this.loaded.join();
	}

	/**
	 * Whether the start-up load is done: readiness reports DOWN until then.
	 * @return the health of the demo data
	 */
	Health health() {
		if (!this.loaded.isDone()) {
			return Health.down().withDetail("loading", true).build();
		}
		return this.loaded.isCompletedExceptionally() ? Health.down().withDetail("failed", true).build()
				: Health.up().build();
	}

	/**
	 * Loads the demo dataset unless this version of it was loaded before: what people
	 * changed in the demo survives a restart.
	 */
	void loadUnlessLoaded() {
		List<CypherScripts.Script> files = this.scripts.folder(FOLDER);
		String checksum = checksum(files);
		String loaded = this.driver.executableQuery("MATCH (m:__DemoData {name: 'demo'}) RETURN m.checksum AS checksum")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("checksum").asString(null))
			.findFirst()
			.orElse(null);
		if (checksum.equals(loaded)) {
			log.info("Demo data already loaded (version {})", checksum.substring(0, 12));
			return;
		}
		load(files, checksum);
	}

	/**
	 * Loads (or reloads) the demo dataset, one transaction per script file.
	 */
	public void load() {
		List<CypherScripts.Script> files = this.scripts.folder(FOLDER);
		load(files, checksum(files));
	}

	private void load(List<CypherScripts.Script> files, String checksum) {
		long started = System.nanoTime();
		try (var session = this.driver.session()) {
			for (CypherScripts.Script file : files) {
				session.executeWriteWithoutResult((tx) -> file.statements().forEach(tx::run));
			}
			// The scripts may change anything: every replica reads the whole graph again.
			session.executeWriteWithoutResult((tx) -> {
				tx.run("MERGE (m:__DemoData {name: 'demo'}) SET m.checksum = $checksum, m.loadedAt = datetime()",
						Map.of("checksum", checksum));
				this.changes.appendEverything(tx);
			});
		}
		log.info("Demo data loaded from {} scripts in {} ms", files.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private static String checksum(List<CypherScripts.Script> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (CypherScripts.Script file : files) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				file.statements().forEach((statement) -> digest.update(statement.getBytes(StandardCharsets.UTF_8)));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
