package org.upstairs.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.upstairs.config.BoltCredentials;

/**
 * The service measured in one of its two ways of running, with the process that serves
 * its store over Bolt: the service itself with the embedded database, or a second process
 * on an external one.
 */
final class Deployment implements AutoCloseable {

	/** How the service reaches its database. */
	enum Mode {

		/** Its embedded Neo4j, in the same process: {@code java -jar} as it comes. */
		EMBEDDED,

		/**
		 * A Neo4j in another process, over Bolt on loopback, as against docker-compose's
		 * Neo4j or Aura. The other process is the same jar on the same store, serving
		 * Bolt only; the service is started with
		 * {@code upstairs.neo4j.embedded.enabled=false}.
		 */
		EXTERNAL;

		/** The mode's name in settings and reports. */
		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Mode of(String key) {
			return Arrays.stream(values())
				.filter((mode) -> mode.key().equals(key.strip().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"bench.modes: expected embedded or external, was " + key.strip()));
		}

	}

	private final Mode mode;

	private final ServiceProcess service;

	/** The process that serves the store over Bolt: the service itself when embedded. */
	private final ServiceProcess database;

	private final double databaseReadySeconds;

	private Deployment(Mode mode, ServiceProcess service, ServiceProcess database, double databaseReadySeconds) {
		this.mode = mode;
		this.service = service;
		this.database = database;
		this.databaseReadySeconds = databaseReadySeconds;
	}

	/**
	 * Starts the service on a store in one mode, and returns once it is starting; in the
	 * external mode, once the database process is ready and the service is starting.
	 * @param mode how the service reaches the store
	 * @param jar the executable jar
	 * @param store the store, imported
	 * @param logs where the processes' output goes, as {@code service-<name>-<mode>.log}
	 * and {@code database-<name>.log}
	 * @param name what the logs are named after (the hub size)
	 * @return the started deployment
	 * @throws Exception when a process cannot be started or the database is not ready
	 */
	static Deployment start(Mode mode, Path jar, Path store, Path logs, String name) throws Exception {
		Path serviceLog = logs.resolve("service-" + name + "-" + mode.key() + ".log");
		if (mode == Mode.EMBEDDED) {
			ServiceProcess service = ServiceProcess.start(jar, store, serviceLog);
			return new Deployment(mode, service, service, -1);
		}
		ServiceProcess database = ServiceProcess.startDatabase(jar, store, logs.resolve("database-" + name + ".log"));
		try {
			// The service starts once Bolt answers, so that its start-up time is its own.
			double ready = database.awaitReady(Duration.ofMinutes(5));
			return new Deployment(mode, ServiceProcess.startOnExternal(jar, database, serviceLog), database, ready);
		}
		catch (Exception ex) {
			database.close();
			throw ex;
		}
	}

	Mode mode() {
		return this.mode;
	}

	/** The process measured: the one the requests go to. */
	ServiceProcess service() {
		return this.service;
	}

	/** The process serving the store over Bolt, the service itself when embedded. */
	ServiceProcess database() {
		return this.database;
	}

	/** Whether the database is a process of its own. */
	boolean separateDatabase() {
		return this.database != this.service;
	}

	/** Seconds from the database process's start to its readiness; -1 when embedded. */
	double databaseReadySeconds() {
		return this.databaseReadySeconds;
	}

	int boltPort() {
		return this.database.boltPort();
	}

	BoltCredentials boltCredentials() {
		return this.database.boltCredentials();
	}

	/**
	 * CPU time the JIT compiler threads of the service and, in the external mode, of the
	 * database process have used: the Cypher runtime compiles in the latter.
	 * @return clock ticks, or -1 where {@code /proc} cannot tell
	 */
	long compilerCpuTicks() {
		long ticks = this.service.compilerCpuTicks();
		if (!separateDatabase() || ticks < 0) {
			return ticks;
		}
		long databaseTicks = this.database.compilerCpuTicks();
		return (databaseTicks < 0) ? -1 : ticks + databaseTicks;
	}

	@Override
	public void close() throws InterruptedException {
		try {
			this.service.close();
		}
		finally {
			if (separateDatabase()) {
				this.database.close();
			}
		}
	}

}
