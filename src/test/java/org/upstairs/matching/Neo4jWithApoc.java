package org.upstairs.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5.26 with APOC Core and its triggers enabled, in a JVM of its own, as a
 * deployer's external server would be: clients reach it over Bolt only.
 * <p>
 * It runs in its own process because APOC cannot share the tests' JVM. On the class path
 * it registers a URL handler for the whole JVM that breaks TLS in every other test; kept
 * in a class loader of its own, it is out of reach of the class loader Neo4j compiles
 * procedures with. The build copies APOC's jars to {@code target/apoc}.
 */
final class Neo4jWithApoc implements AutoCloseable {

	private static final String READY = "Bolt ready at ";

	private final Process process;

	private final URI boltUri;

	private final Duration startTime;

	private Neo4jWithApoc(Process process, URI boltUri, Duration startTime) {
		this.process = process;
		this.boltUri = boltUri;
		this.startTime = startTime;
	}

	/**
	 * Starts the server on a new store and waits until Bolt listens.
	 * @param home the store directory; its {@code server.log} holds the process's output
	 * @return the running server
	 * @throws IOException when the process cannot be started
	 * @throws InterruptedException when interrupted while waiting
	 */
	static Neo4jWithApoc start(Path home) throws IOException, InterruptedException {
		long started = System.nanoTime();
		Files.createDirectories(home);
		Path output = home.resolve("server.log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		// The --add-opens and --add-exports embedded Neo4j needs, as this JVM has them.
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((argument) -> argument.startsWith("--add-opens") || argument.startsWith("--add-exports"))
			.forEach(command::add);
		command.add("-cp");
		command.add(testClassPath() + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, apocJars()));
		command.add(Neo4jWithApoc.class.getName());
		command.add(home.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Neo4j with APOC ended with exit code " + process.exitValue() + ":\n"
						+ Files.readString(output));
			}
			try (Stream<String> lines = Files.lines(output, StandardCharsets.UTF_8)) {
				var ready = lines.filter((line) -> line.startsWith(READY)).findFirst();
				if (ready.isPresent()) {
					return new Neo4jWithApoc(process, URI.create(ready.get().substring(READY.length()).strip()),
							Duration.ofNanos(System.nanoTime() - started));
				}
			}
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Neo4j with APOC did not start within 180 s:\n" + Files.readString(output));
	}

	/** Surefire hands the forked JVM its class path in a manifest; it names it here. */
	private static String testClassPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private static List<String> apocJars() throws IOException {
		Path directory = Path.of(System.getProperty("upstairs.test.apoc-directory", "target/apoc"));
		try (Stream<Path> files = Files.list(directory)) {
			List<String> jars = files.map(Path::toString).filter((file) -> file.endsWith(".jar")).toList();
			if (jars.size() != 2) {
				throw new IllegalStateException(
						"Expected apoc-core and apoc-common in " + directory + " (the build copies them): " + jars);
			}
			return jars;
		}
	}

	URI boltUri() {
		return this.boltUri;
	}

	/**
	 * From starting the JVM until Bolt listened.
	 * @return the start time
	 */
	Duration startTime() {
		return this.startTime;
	}

	/** Closing its standard input asks the server to stop. */
	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * The server process: starts Neo4j on the store in {@code args[0]}, says where Bolt
	 * listens, and stops when its standard input ends.
	 * @param args the store directory
	 * @throws Exception when Neo4j cannot start
	 */
	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		Files.createDirectories(home.resolve("conf"));
		// APOC reads conf/apoc.conf below Neo4j's home. The trigger handler looks for new
		// triggers every apoc.trigger.refresh (60 s by default).
		Files.writeString(home.resolve("conf").resolve("apoc.conf"),
				"apoc.trigger.enabled=true\napoc.trigger.refresh=100\n");
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// APOC's procedures use Neo4j's internal API, which Neo4j allows only to
			// procedures named here.
			.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
			.setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
		try {
			GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			// A server loads all of APOC's procedures from its plugins folder; the
			// trigger's are enough here, and that saves 1 to 2.5 s of start.
			GlobalProcedures procedures = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
			// apoc.trigger.install and the rest, run on the system database.
			procedures.registerProcedure(Class.forName("apoc.trigger.TriggerNewProcedures"));
			// apoc.trigger.list, which tells what a database has picked up.
			procedures.registerProcedure(Class.forName("apoc.trigger.Trigger"));
			var address = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			System.out.println(READY + "bolt://" + address.getHost() + ":" + address.getPort());
			System.out.flush();
			try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
				while (in.readLine() != null) {
					// Runs until the test closes standard input.
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		finally {
			dbms.shutdown();
		}
		System.exit(0);
	}

}
