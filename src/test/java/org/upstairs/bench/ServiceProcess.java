package org.upstairs.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.upstairs.config.BoltCredentials;

/**
 * The packaged service run as users run it, {@code java -Xmx512m -jar upstairs.jar}, in a
 * process of its own, so that start-up time and resident memory are its own and not the
 * benchmark's.
 */
final class ServiceProcess implements AutoCloseable {

	/** The heap the targets are stated for. */
	static final String HEAP = "-Xmx512m";

	/** Linux's USER_HZ, the unit of the CPU times in /proc, 100 on every common build. */
	static final double CLOCK_TICKS_PER_SECOND = 100;

	private final Process process;

	private final int httpPort;

	private final int boltPort;

	private final long startedNanos;

	private final Path store;

	private ServiceProcess(Process process, int httpPort, int boltPort, long startedNanos, Path store) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.startedNanos = startedNanos;
		this.store = store;
	}

	/**
	 * Starts the service on a store, without demo data, and returns at once.
	 * @param jar the executable jar
	 * @param store the embedded store's directory
	 * @param log where the service's output goes
	 * @return the running process
	 * @throws IOException when it cannot be started
	 */
	static ServiceProcess start(Path jar, Path store, Path log) throws IOException {
		return startEmbedded(jar, store, log, List.of());
	}

	/**
	 * Starts the service on a store to play an external Neo4j for another service
	 * process: it serves the store over Bolt, and its own API and in-memory matching
	 * graph go unused, so the graph is not built.
	 * @param jar the executable jar
	 * @param store the embedded store's directory
	 * @param log where its output goes
	 * @return the running process
	 * @throws IOException when it cannot be started
	 */
	static ServiceProcess startDatabase(Path jar, Path store, Path log) throws IOException {
		return startEmbedded(jar, store, log, List.of("--upstairs.matching.replica.enabled=false"));
	}

	/**
	 * Starts the service without its embedded database, on the Neo4j another process
	 * serves over Bolt, as against docker-compose's Neo4j or Aura.
	 * @param jar the executable jar
	 * @param database the process serving the store ({@link #startDatabase})
	 * @param log where the service's output goes
	 * @return the running process
	 * @throws IOException when it cannot be started
	 */
	static ServiceProcess startOnExternal(Path jar, ServiceProcess database, Path log) throws IOException {
		int httpPort = freePort();
		BoltCredentials credentials = database.boltCredentials();
		List<String> command = List.of(java(), HEAP, "-jar", jar.toString(), "--server.port=" + httpPort,
				"--upstairs.neo4j.embedded.enabled=false", "--upstairs.demo.auto-activate=false",
				"--spring.neo4j.uri=bolt://127.0.0.1:" + database.boltPort(),
				"--spring.neo4j.authentication.username=" + credentials.username());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// In the environment rather than on the command line, which any user can list.
		builder.environment().put("SPRING_NEO4J_AUTHENTICATION_PASSWORD", credentials.password());
		long started = System.nanoTime();
		return new ServiceProcess(builder.start(), httpPort, -1, started, null);
	}

	private static ServiceProcess startEmbedded(Path jar, Path store, Path log, List<String> moreArguments)
			throws IOException {
		int httpPort = freePort();
		int boltPort = freePort();
		List<String> command = new ArrayList<>(List.of(java(), HEAP, "-jar", jar.toString(),
				"--server.port=" + httpPort, "--upstairs.neo4j.embedded.directory=" + store,
				"--upstairs.neo4j.embedded.bolt-port=" + boltPort, "--upstairs.demo.auto-activate=false"));
		command.addAll(moreArguments);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ServiceProcess(process, httpPort, boltPort, started, store);
	}

	/**
	 * Runs the import command as its own process, as a user would.
	 * @param jar the executable jar
	 * @param store the embedded store's directory
	 * @param file the file to import
	 * @param log where the command's output goes
	 * @return what it took
	 * @throws IOException when it cannot be run
	 * @throws InterruptedException when interrupted while waiting
	 */
	static ImportRun importFile(Path jar, Path store, Path file, Path log) throws IOException, InterruptedException {
		List<String> command = List.of(java(), HEAP, "-jar", jar.toString(), "import", file.toString(),
				"--upstairs.neo4j.embedded.directory=" + store, "--upstairs.neo4j.embedded.bolt-port=" + freePort());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long peakKiB = 0;
		while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
			peakKiB = Math.max(peakKiB, memoryKiB(process.pid(), "VmHWM"));
		}
		double wallSeconds = (System.nanoTime() - started) / 1e9;
		String output = Files.readString(log);
		Matcher imported = Pattern.compile("Imported in ([0-9.]+) s").matcher(output);
		if (process.exitValue() != 0 || !imported.find()) {
			throw new IllegalStateException("The import failed (exit " + process.exitValue() + "); see " + log);
		}
		return new ImportRun(Double.parseDouble(imported.group(1)), wallSeconds, peakKiB);
	}

	/**
	 * What an import took.
	 *
	 * @param importSeconds reading, checking and writing, as the command reports it
	 * @param wallSeconds the whole command, JVM and database start included
	 * @param peakRssKiB the command's peak resident memory, sampled every 100 ms
	 */
	record ImportRun(double importSeconds, double wallSeconds, long peakRssKiB) {
	}

	/**
	 * Waits until the service answers a GraphQL query.
	 * @param client a client for this service
	 * @param timeout how long to wait at most
	 * @return seconds from the process start to the first answer
	 * @throws InterruptedException when interrupted while waiting
	 */
	double awaitFirstAnswer(GraphQlClient client, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped while starting, exit " + this.process.exitValue());
			}
			if (client.answers("{ hubs { id } }")) {
				return (System.nanoTime() - this.startedNanos) / 1e9;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The service did not answer within " + timeout);
	}

	/**
	 * Waits until the service reports itself ready (the in-memory matching graph built),
	 * so that the measurements do not share the cores with the build.
	 * @return seconds since the start
	 */
	double awaitReady(Duration timeout) throws InterruptedException {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health/readiness"))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped while starting, exit " + this.process.exitValue());
			}
			try {
				if (http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - this.startedNanos) / 1e9;
				}
			}
			catch (java.io.IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The service was not ready within " + timeout);
	}

	int httpPort() {
		return this.httpPort;
	}

	/** The embedded database's Bolt port; none (-1) on an external database. */
	int boltPort() {
		return this.boltPort;
	}

	/**
	 * What the service's embedded Bolt port asks for: the credentials it keeps in its
	 * store, there once it answers.
	 * @return the credentials
	 */
	BoltCredentials boltCredentials() {
		if (this.store == null) {
			throw new IllegalStateException("This service has no embedded database");
		}
		return BoltCredentials.read(this.store)
			.orElseThrow(() -> new IllegalStateException("No " + BoltCredentials.file(this.store)));
	}

	/**
	 * CPU time the JIT compiler threads have used, in clock ticks ({@code utime + stime}
	 * of the threads named C1 or C2 CompilerThread in {@code /proc}).
	 * @return the ticks, or -1 where {@code /proc} cannot tell
	 */
	long compilerCpuTicks() {
		Path tasks = Path.of("/proc", Long.toString(this.process.pid()), "task");
		long ticks = 0;
		try (var threads = Files.list(tasks)) {
			for (Path thread : threads.toList()) {
				try {
					String name = Files.readString(thread.resolve("comm")).strip();
					if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
						// The name in stat is in parentheses and may hold spaces.
						String stat = Files.readString(thread.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException ex) {
					// The thread ended while being read. Its time is lost with it, so
					// a round may count a little low.
				}
			}
			return ticks;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** Resident memory now, in KiB. */
	long rssKiB() {
		return memoryKiB(this.process.pid(), "VmRSS");
	}

	/** The most resident memory so far, in KiB. */
	long peakRssKiB() {
		return memoryKiB(this.process.pid(), "VmHWM");
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static long memoryKiB(long pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// the process has just ended, or this is not Linux
		}
		return 0;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
