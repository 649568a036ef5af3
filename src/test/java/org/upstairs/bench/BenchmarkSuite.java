package org.upstairs.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.upstairs.bulk.HubGenerator;

/**
 * The benchmark suite: for each hub size, generate a hub, import it with the import
 * command, and in each mode ({@link Deployment.Mode}: the service on its embedded
 * database, or on a Neo4j in another process) start the service as users do
 * ({@code java -Xmx512m -jar}) and measure each workload over HTTP and as raw Cypher over
 * Bolt at concurrency 1 and 8; then check the recommendations offline. Writes
 * {@code docs/performance.json} and the results section of {@code docs/performance.md}.
 * Run with {@code ./mvnw -B -Pbench verify} (see docs/performance.md for the settings).
 */
public final class BenchmarkSuite {

	private static final int[] CONCURRENCY = { 1, 8 };

	private BenchmarkSuite() {
	}

	/**
	 * Runs the suite.
	 * @param args not used; settings are system properties (see {@link Settings})
	 * @throws Exception when a step fails: the suite stops rather than report a partial
	 * run as a result
	 */
	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Files.createDirectories(settings.work());
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("date", java.time.OffsetDateTime.now().withNano(0).toString());
		report.put("commit", Machine.commit());
		report.put("command", settings.command());
		report.put("machine", Machine.describe());
		report.put("settings", settings.asMap());
		List<Map<String, Object>> sizes = new ArrayList<>();
		report.put("sizes", sizes);
		for (int companies : settings.sizes()) {
			sizes.add(runSize(settings, companies));
		}
		PerformanceReport.write(report, settings.docs());
		log("Wrote " + settings.docs().resolve("performance.json") + " and performance.md");
		for (PerformanceReport.Target target : PerformanceReport.targets(PerformanceReport.asTree(report))) {
			log("Target " + target.name() + ": " + target.outcome());
		}
	}

	private static Map<String, Object> runSize(Settings settings, int companies) throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("companies", companies);

		Path hub = settings.work().resolve("hub-" + companies + ".json");
		long generating = System.nanoTime();
		HubGenerator generator = new HubGenerator(companies, settings.seed());
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(hub))) {
			generator.write(out);
		}
		result.put("generated", generator.counts());
		result.put("generateSeconds", round((System.nanoTime() - generating) / 1e9));
		log("Generated " + hub + ": " + generator.counts());

		Path store = settings.work().resolve("store-" + companies);
		deleteTree(store);
		ServiceProcess.ImportRun imported = ServiceProcess.importFile(settings.jar(), store, hub,
				settings.work().resolve("import-" + companies + ".log"));
		Map<String, Object> importing = new LinkedHashMap<>();
		importing.put("importSeconds", imported.importSeconds());
		importing.put("companiesPerSecond", Math.round(companies / imported.importSeconds()));
		importing.put("commandSeconds", round(imported.wallSeconds()));
		importing.put("commandPeakRssMiB", imported.peakRssKiB() / 1024);
		result.put("import", importing);
		log("Imported: " + importing);

		// Every mode on the same store; each adds only its staff account.
		List<Map<String, Object>> runs = new ArrayList<>();
		result.put("runs", runs);
		for (int i = 0; i < settings.modes().size(); i++) {
			boolean last = i == settings.modes().size() - 1;
			runs.add(runMode(settings, companies, store, settings.modes().get(i),
					last && companies == settings.qualityCompanies()));
		}
		return result;
	}

	/**
	 * Starts the service on the store in one mode and measures it.
	 * @param checkQuality whether to run the recommendation check after the workloads; it
	 * changes the graph, so only in the last mode
	 */
	private static Map<String, Object> runMode(Settings settings, int companies, Path store, Deployment.Mode mode,
			boolean checkQuality) throws Exception {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("mode", mode.key());
		log("Mode " + mode.key() + " at " + companies + " companies");
		try (Deployment deployment = Deployment.start(mode, settings.jar(), store, settings.work(),
				Integer.toString(companies))) {
			ServiceProcess service = deployment.service();
			if (deployment.separateDatabase()) {
				log("Database process ready after " + round(deployment.databaseReadySeconds()) + " s");
			}
			GraphQlClient anonymous = new GraphQlClient(service.httpPort(), "", "");
			result.put("firstAnswerSeconds", round(service.awaitFirstAnswer(anonymous, Duration.ofMinutes(5))));
			log("First answer after " + result.get("firstAnswerSeconds") + " s");
			result.put("readySeconds", round(service.awaitReady(Duration.ofMinutes(5))));
			log("Ready after " + result.get("readySeconds") + " s");
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + deployment.boltPort(),
					deployment.boltCredentials().authToken(), Config.builder().withMaxConnectionPoolSize(16).build())) {
				// An account per mode: creating an existing one keeps its password.
				String username = "bench-staff-" + mode.key();
				String password = UUID.randomUUID().toString();
				createStaffAccount(driver, username, password);
				GraphQlClient client = new GraphQlClient(service.httpPort(), username, password);
				Samples samples = Samples.draw(driver, client, settings.seed(), 2000, 20, 200);
				List<Workloads.Workload> kinds = new Workloads(client, driver, samples).all();
				ServiceWarmUp.Result warmUp = ServiceWarmUp.run(deployment, kinds, settings.serviceWarmupSeconds());
				result.put("serviceWarmUp", warmUp);
				log("Warm-up: " + warmUp);
				List<Map<String, Object>> workloads = new ArrayList<>();
				for (Workloads.Workload workload : kinds) {
					for (int concurrency : CONCURRENCY) {
						LoadRun.Result graphQl = LoadRun.run(concurrency, settings.warmupSeconds(), settings.seconds(),
								workload.graphQl());
						LoadRun.Result cypher = (workload.cypher() != null) ? LoadRun.run(concurrency,
								settings.warmupSeconds(), settings.seconds(), workload.cypher()) : null;
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("mode", mode.key());
						row.put("workload", workload.name());
						row.put("description", workload.description());
						row.put("concurrency", concurrency);
						row.put("graphQl", asMap(graphQl));
						if (cypher != null) {
							row.put("cypher", asMap(cypher));
							row.put("ratioP50", round(graphQl.p50Millis() / cypher.p50Millis()));
							row.put("ratioP95", round(graphQl.p95Millis() / cypher.p95Millis()));
						}
						workloads.add(row);
						log(String.format(java.util.Locale.ROOT,
								"%-8s %-24s c=%d  GraphQL p50 %.2f p95 %.2f p99 %.2f ms %.0f/s %d errors%s", mode.key(),
								workload.name(), concurrency, graphQl.p50Millis(), graphQl.p95Millis(),
								graphQl.p99Millis(), graphQl.perSecond(), graphQl.errors(),
								(cypher != null) ? String.format(java.util.Locale.ROOT,
										" | Cypher p50 %.2f p95 %.2f p99 %.2f ms %.0f/s %d errors", cypher.p50Millis(),
										cypher.p95Millis(), cypher.p99Millis(), cypher.perSecond(), cypher.errors())
										: ""));
					}
				}
				result.put("workloads", workloads);
				Map<String, Object> memory = new LinkedHashMap<>();
				memory.put("heap", ServiceProcess.HEAP);
				memory.put("rssMiB", service.rssKiB() / 1024);
				memory.put("peakRssMiB", service.peakRssKiB() / 1024);
				result.put("memory", memory);
				log("Memory: " + memory);
				if (deployment.separateDatabase()) {
					Map<String, Object> database = new LinkedHashMap<>();
					database.put("readySeconds", round(deployment.databaseReadySeconds()));
					database.put("rssMiB", deployment.database().rssKiB() / 1024);
					database.put("peakRssMiB", deployment.database().peakRssKiB() / 1024);
					result.put("database", database);
					log("Database process: " + database);
				}
				if (checkQuality) {
					RecommendationQuality.Result quality = RecommendationQuality.run(driver, client, settings.seed(),
							settings.qualitySample(), settings.qualityWeights());
					result.put("quality", quality);
					log("Quality: " + quality);
				}
			}
		}
		return result;
	}

	private static void createStaffAccount(Driver driver, String username, String password) {
		try (Session session = driver.session()) {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("username", username);
			parameters.put("id", "account-" + username);
			parameters.put("hash", new BCryptPasswordEncoder().encode(password));
			parameters.put("role", "STAFF");
			parameters.put("companyId", null);
			session.executeWrite((tx) -> tx.run(Workloads.cypher("account/create"), parameters).consume());
		}
	}

	private static Map<String, Object> asMap(LoadRun.Result result) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("requests", result.requests());
		map.put("seconds", round(result.seconds()));
		map.put("perSecond", round(result.perSecond()));
		map.put("p50Millis", result.p50Millis());
		map.put("p95Millis", result.p95Millis());
		map.put("p99Millis", result.p99Millis());
		map.put("maxMillis", result.maxMillis());
		map.put("meanMillis", round(result.meanMillis()));
		map.put("errors", result.errors());
		if (result.firstError() != null) {
			map.put("firstError", result.firstError().substring(0, Math.min(300, result.firstError().length())));
		}
		return map;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static void deleteTree(Path root) throws IOException {
		if (Files.exists(root)) {
			try (Stream<Path> paths = Files.walk(root)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	static void log(String message) {
		System.out.println("[bench] " + message);
		System.out.flush();
	}

	/**
	 * The suite's settings, from system properties ({@code -Dbench.sizes=...} on the
	 * Maven command line).
	 *
	 * @param sizes hub sizes in companies, {@code bench.sizes}, default 10000,100000
	 * @param modes how the service reaches its database, {@code bench.modes}, default
	 * embedded,external; in the order they run, external first whatever the order given:
	 * the recommendation check changes the graph, so it runs in the last mode, and with
	 * the embedded database when that runs, as it always has
	 * @param warmupSeconds unrecorded time before each run, {@code bench.warmup}, default
	 * 5
	 * @param seconds recorded time of each run, {@code bench.seconds}, default 15
	 * @param serviceWarmupSeconds the most time the service is warmed up for before the
	 * runs ({@link ServiceWarmUp}), {@code bench.serviceWarmup}, default 300
	 * @param seed the generator's and the samples' seed, {@code bench.seed}, default 42
	 * @param qualityCompanies the hub size the recommendation check runs on,
	 * {@code bench.quality.companies}, default 10000 (0: none)
	 * @param qualitySample how many companies it asks about at most,
	 * {@code bench.quality.sample}, default 2000
	 * @param qualityWeights more weights the check asks with, each a row of its own,
	 * {@code bench.quality.weights}: variants separated by {@code ;}, each of
	 * {@code name=value} pairs separated by {@code ,} (default none)
	 * @param jar the service's jar, {@code bench.jar}
	 * @param work where hubs, stores and logs go, {@code bench.work}
	 * @param docs where the report goes, {@code bench.docs}
	 */
	record Settings(List<Integer> sizes, List<Deployment.Mode> modes, double warmupSeconds, double seconds,
			double serviceWarmupSeconds, long seed, int qualityCompanies, int qualitySample,
			List<Map<String, Object>> qualityWeights, Path jar, Path work, Path docs) {

		private static final String DEFAULT_MODES = "embedded,external";

		static Settings fromSystemProperties() {
			List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
				.map(String::strip)
				.map(Integer::valueOf)
				.toList();
			List<Deployment.Mode> modes = Arrays.stream(System.getProperty("bench.modes", DEFAULT_MODES).split(","))
				.map(Deployment.Mode::of)
				.distinct()
				.sorted(Comparator.comparing((Deployment.Mode mode) -> mode == Deployment.Mode.EMBEDDED))
				.toList();
			Path jar = Path.of(System.getProperty("bench.jar", "target/upstairs-0.1.0-SNAPSHOT.jar"));
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("No service jar at " + jar + "; run ./mvnw -B -Pbench verify");
			}
			return new Settings(sizes, modes, Double.parseDouble(System.getProperty("bench.warmup", "5")),
					Double.parseDouble(System.getProperty("bench.seconds", "15")),
					Double.parseDouble(System.getProperty("bench.serviceWarmup", "300")),
					Long.parseLong(System.getProperty("bench.seed", "42")),
					Integer.parseInt(System.getProperty("bench.quality.companies", "10000")),
					Integer.parseInt(System.getProperty("bench.quality.sample", "2000")),
					weightVariants(System.getProperty("bench.quality.weights", "")), jar,
					Path.of(System.getProperty("bench.work", "target/bench")),
					Path.of(System.getProperty("bench.docs", "docs")));
		}

		/** "a=1,b=2;c=3" as [{a: 1.0, b: 2.0}, {c: 3.0}], in the order given. */
		private static List<Map<String, Object>> weightVariants(String text) {
			List<Map<String, Object>> variants = new ArrayList<>();
			for (String variant : text.split(";")) {
				if (variant.isBlank()) {
					continue;
				}
				Map<String, Object> weights = new LinkedHashMap<>();
				for (String pair : variant.split(",")) {
					String[] nameAndValue = pair.split("=", 2);
					if (nameAndValue.length != 2) {
						throw new IllegalArgumentException("bench.quality.weights: expected name=value, was " + pair);
					}
					weights.put(nameAndValue[0].strip(), Double.valueOf(nameAndValue[1].strip()));
				}
				variants.add(weights);
			}
			return variants;
		}

		String command() {
			String command = "./mvnw -B -Pbench verify -Dbench.sizes="
					+ String.join(",", this.sizes.stream().map(String::valueOf).toList()) + " -Dbench.warmup="
					+ this.warmupSeconds + " -Dbench.seconds=" + this.seconds + " -Dbench.serviceWarmup="
					+ this.serviceWarmupSeconds;
			if (this.modes.size() != DEFAULT_MODES.split(",").length) {
				command += " -Dbench.modes=" + String.join(",", this.modes.stream().map(Deployment.Mode::key).toList());
			}
			if (this.seed != 42) {
				command += " -Dbench.seed=" + this.seed;
			}
			if (!this.qualityWeights.isEmpty()) {
				command += " -Dbench.quality.weights=\"" + String.join(";",
						this.qualityWeights.stream()
							.map((weights) -> String.join(",",
									weights.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList()))
							.toList())
						+ "\"";
			}
			return command;
		}

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("sizes", this.sizes);
			map.put("modes", this.modes.stream().map(Deployment.Mode::key).toList());
			map.put("concurrency", Arrays.stream(CONCURRENCY).boxed().toList());
			map.put("warmupSeconds", this.warmupSeconds);
			map.put("seconds", this.seconds);
			map.put("serviceWarmupSeconds", this.serviceWarmupSeconds);
			map.put("seed", this.seed);
			map.put("serviceHeap", ServiceProcess.HEAP);
			map.put("qualityCompanies", this.qualityCompanies);
			map.put("qualitySample", this.qualitySample);
			map.put("qualityWeights", this.qualityWeights);
			return map;
		}

	}

}
