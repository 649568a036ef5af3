package org.upstairs.config;

import java.nio.file.Path;

/**
 * The embedded store is held by another process, usually the service already running on
 * it. The message fits on one line and names the way out, because the import and export
 * commands print nothing else.
 */
public class EmbeddedStoreLockedException extends IllegalStateException {

	private final Path directory;

	private final String boltUri;

	EmbeddedStoreLockedException(Path directory, String boltUri, Throwable cause) {
		super("The Neo4j store " + directory + " is in use by another process, such as the running service. Stop it, "
				+ "or work through its Bolt port instead: " + boltOptions(boltUri), cause);
		this.directory = directory;
		this.boltUri = boltUri;
	}

	/**
	 * The store directory that is in use.
	 * @return the absolute directory
	 */
	public Path getDirectory() {
		return this.directory;
	}

	/**
	 * The options that point a second process at the first one's database.
	 * @return the command-line options
	 */
	public String getBoltOptions() {
		return boltOptions(this.boltUri);
	}

	private static String boltOptions(String boltUri) {
		return "--upstairs.neo4j.embedded.enabled=false --spring.neo4j.uri=" + boltUri;
	}

}
