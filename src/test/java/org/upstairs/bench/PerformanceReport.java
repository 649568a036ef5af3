package org.upstairs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run to {@code docs/performance.json} and to the results section of
 * {@code docs/performance.md}; the rest of that file (how to run, what the numbers mean,
 * what was fixed and what remains) is written by people and kept as it is.
 */
final class PerformanceReport {

	static final String START = "<!-- results:start (written by the benchmark suite; edit outside these markers) -->";

	static final String END = "<!-- results:end -->";

	private static final String EMBEDDED = Deployment.Mode.EMBEDDED.key();

	private static final String EXTERNAL = Deployment.Mode.EXTERNAL.key();

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private PerformanceReport() {
	}

	/**
	 * A target the results are held to, at the largest hub size measured.
	 *
	 * @param name what it asks
	 * @param measured the figure, null when the run has none (a mode not run)
	 * @param limit the bound
	 * @param atMost whether the figure must be at most the bound, else at least
	 */
	record Target(String name, Double measured, double limit, boolean atMost) {

		boolean met() {
			return this.measured != null && (this.atMost ? this.measured <= this.limit : this.measured >= this.limit);
		}

		String measuredText() {
			return (this.measured != null) ? String.format(Locale.ROOT, "%,.2f", this.measured) : "not measured";
		}

		/** As the report's "met" column says it. */
		String verdict() {
			return (this.measured == null) ? "-" : met() ? "yes" : "**no**";
		}

		/** As the suite's output says it. */
		String outcome() {
			return (this.measured == null) ? "not measured" : (measuredText() + (met() ? " PASS" : " FAIL"));
		}

	}

	static JsonNode asTree(Map<String, Object> report) {
		return JSON.valueToTree(report);
	}

	static void write(Map<String, Object> report, Path docs) throws IOException {
		JsonNode run = asTree(report);
		Files.createDirectories(docs);
		Files.writeString(docs.resolve("performance.json"), JSON.writeValueAsString(run) + "\n");
		Path markdown = docs.resolve("performance.md");
		String text = Files.exists(markdown) ? Files.readString(markdown)
				: "# Performance\n\n" + START + "\n" + END + "\n";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		if (start < 0 || end < start) {
			text = text + "\n" + START + "\n" + END + "\n";
			start = text.indexOf(START);
			end = text.indexOf(END);
		}
		Files.writeString(markdown, text.substring(0, start) + START + "\n" + results(run) + text.substring(end));
	}

	static String results(JsonNode run) {
		StringBuilder md = new StringBuilder();
		JsonNode machine = run.get("machine");
		md.append("\n## Results\n\n");
		md.append("Measured ")
			.append(run.get("date").asString())
			.append(" on commit `")
			.append(run.get("commit").asString())
			.append("`, with `")
			.append(run.get("command").asString())
			.append("`.\n\n");
		md.append("Machine: ")
			.append(machine.path("cpu").asString("unknown CPU"))
			.append(", ")
			.append(machine.get("cores").asInt())
			.append(" cores, ")
			.append(machine.path("memoryGiB").asString("?"))
			.append(" GiB, ")
			.append(machine.get("os").asString())
			.append(", ")
			.append(machine.get("java").asString())
			.append(". The service runs as `java ")
			.append(run.get("settings").get("serviceHeap").asString())
			.append(" -jar`; the load generator shares the same cores. Each run is a closed loop of ")
			.append(run.get("settings").get("warmupSeconds").asDouble())
			.append(" s warm-up, then ")
			.append(run.get("settings").get("seconds").asDouble())
			.append(" s measured; latencies are HdrHistogram percentiles in milliseconds.");
		if (run.get("settings").has("serviceWarmupSeconds")) {
			md.append(
					" Before the first run, the service is warmed up with every request in turn, both ways, until its JIT")
				.append(" compiler threads (in the external mode, those of both processes) use less than a tenth of a")
				.append(" core over ten seconds (at most ")
				.append(run.get("settings").get("serviceWarmupSeconds").asDouble())
				.append(" s; the time it took is in the table below).");
		}
		if (run.get("sizes").valueStream().anyMatch((size) -> mode(size, EXTERNAL) != null)) {
			md.append(" In the external mode the service runs with `upstairs.neo4j.embedded.enabled=false` on a Neo4j")
				.append(" in another process, reached over Bolt on loopback as it would reach docker-compose's Neo4j or")
				.append(" Aura: the same jar on the same store, `java ")
				.append(run.get("settings").get("serviceHeap").asString())
				.append(" -jar`, serving Bolt only (its in-memory matching graph off). The three processes share the")
				.append(" cores; start-up and memory are the service's, the database process's memory is beside them.");
		}
		md.append("\n\n");

		List<Target> targets = targets(run);
		if (!targets.isEmpty()) {
			md.append("### Targets at ")
				.append(String.format(Locale.ROOT, "%,d", largest(run).get("companies").asInt()))
				.append(" companies\n\n");
			md.append("| target | measured | met |\n|---|---|---|\n");
			for (Target target : targets) {
				md.append("| ")
					.append(target.name())
					.append(" | ")
					.append(target.measuredText())
					.append(" | ")
					.append(target.verdict())
					.append(" |\n");
			}
			md.append('\n');
		}

		md.append("### Import\n\n");
		md.append("| companies | rows generated | import (s) | companies/s | import command, JVM start included (s) "
				+ "| import command peak RSS (MiB) |\n|---:|---:|---:|---:|---:|---:|\n");
		for (JsonNode size : run.get("sizes")) {
			long rows = 0;
			for (JsonNode count : size.get("generated")) {
				rows += count.asLong();
			}
			JsonNode imported = size.get("import");
			md.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %,d | %.1f | %,d |%n",
					size.get("companies").asInt(), rows, imported.get("importSeconds").asDouble(),
					imported.get("companiesPerSecond").asLong(), imported.get("commandSeconds").asDouble(),
					imported.get("commandPeakRssMiB").asLong()));
		}
		md.append('\n');

		md.append("### Start-up and memory\n\n");
		md.append("| companies | mode | service start to first answer (s) | to ready (s) | service warm-up (s) "
				+ "| service RSS after the runs (MiB) | service peak RSS (MiB) | database process peak RSS (MiB) |\n"
				+ "|---:|---|---:|---:|---:|---:|---:|---:|\n");
		for (JsonNode size : run.get("sizes")) {
			for (JsonNode mode : modes(size)) {
				md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %s | %s | %,d | %,d | %s |%n",
						size.get("companies").asInt(), mode.get("mode").asString(),
						mode.get("firstAnswerSeconds").asDouble(),
						mode.has("readySeconds")
								? String.format(Locale.ROOT, "%.1f", mode.get("readySeconds").asDouble()) : "-",
						warmUp(mode.path("serviceWarmUp")), mode.get("memory").get("rssMiB").asLong(),
						mode.get("memory").get("peakRssMiB").asLong(),
						mode.has("database")
								? String.format(Locale.ROOT, "%,d", mode.get("database").get("peakRssMiB").asLong())
								: "-"));
			}
		}
		md.append('\n');

		for (JsonNode size : run.get("sizes")) {
			String companies = String.format(Locale.ROOT, "%,d", size.get("companies").asInt());
			for (JsonNode mode : modes(size)) {
				md.append("### ").append(companies).append(" companies, ").append(mode.get("mode").asString());
				md.append("\n\n");
				if (mode.has("database")) {
					md.append("GraphQL to the service on the external database; Cypher straight over Bolt to the")
						.append(" database process.\n\n");
				}
				md.append("| request | callers | GraphQL p50 | p95 | p99 | req/s | errors | Cypher p50 | p95 | p99 "
						+ "| req/s | errors | ratio p50 | ratio p95 |\n"
						+ "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
				for (JsonNode row : mode.get("workloads")) {
					JsonNode graphQl = row.get("graphQl");
					JsonNode cypher = row.get("cypher");
					md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %,.0f | %d | ",
							row.get("workload").asString(), row.get("concurrency").asInt(),
							graphQl.get("p50Millis").asDouble(), graphQl.get("p95Millis").asDouble(),
							graphQl.get("p99Millis").asDouble(), graphQl.get("perSecond").asDouble(),
							graphQl.get("errors").asLong()));
					// Matching has no Cypher twin: the engine answers in memory.
					md.append((cypher == null) ? "in memory | | | | | | |%n".formatted()
							: String.format(Locale.ROOT, "%.2f | %.2f | %.2f | %,.0f | %d | %.2f | %.2f |%n",
									cypher.get("p50Millis").asDouble(), cypher.get("p95Millis").asDouble(),
									cypher.get("p99Millis").asDouble(), cypher.get("perSecond").asDouble(),
									cypher.get("errors").asLong(), row.get("ratioP50").asDouble(),
									row.get("ratioP95").asDouble()));
				}
				md.append('\n');
			}
			JsonNode embedded = mode(size, EMBEDDED);
			JsonNode external = mode(size, EXTERNAL);
			if (embedded != null && external != null) {
				md.append("### ").append(companies).append(" companies, external beside embedded\n\n");
				md.append(
						"GraphQL latencies of the same requests in both modes; the ratio is external over embedded.\n\n");
				md.append(
						"| request | callers | embedded p50 | p95 | req/s | external p50 | p95 | p99 | req/s | errors "
								+ "| ratio p50 | ratio p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
				for (JsonNode row : external.get("workloads")) {
					JsonNode outside = row.get("graphQl");
					JsonNode inside = row(embedded, row.get("workload").asString(), row.get("concurrency").asInt())
						.get("graphQl");
					md.append(String.format(Locale.ROOT,
							"| %s | %d | %.2f | %.2f | %,.0f | %.2f | %.2f | %.2f | %,.0f | %d | %.2f | %.2f |%n",
							row.get("workload").asString(), row.get("concurrency").asInt(),
							inside.get("p50Millis").asDouble(), inside.get("p95Millis").asDouble(),
							inside.get("perSecond").asDouble(), outside.get("p50Millis").asDouble(),
							outside.get("p95Millis").asDouble(), outside.get("p99Millis").asDouble(),
							outside.get("perSecond").asDouble(), outside.get("errors").asLong(),
							ratio(outside, inside, "p50Millis"), ratio(outside, inside, "p95Millis")));
				}
				md.append('\n');
			}
			for (JsonNode mode : modes(size)) {
				if (mode.has("quality")) {
					JsonNode quality = mode.get("quality");
					md.append("### Recommendation quality at ").append(companies).append(" companies\n\n");
					md.append(String.format(Locale.ROOT,
							"%,d of %,d partnerships between active companies hidden; %,d companies that lost one asked about"
									+ " (of the service in the %s mode).%n%n",
							quality.get("hidden").asInt(), quality.get("partnerships").asInt(),
							quality.get("companies").asInt(), mode.get("mode").asString()));
					md.append(
							"| method | precision@10 | recall@10 | companies with a hidden partner in their top 10 |\n"
									+ "|---|---:|---:|---:|\n");
					quality.get("scores")
						.properties()
						.forEach((entry) -> md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.1f%% |%n",
								entry.getKey(), entry.getValue().get("precision").asDouble(),
								entry.getValue().get("recall").asDouble(),
								entry.getValue().get("hitRate").asDouble() * 100)));
					md.append('\n');
				}
			}
		}
		return md.toString();
	}

	/**
	 * The targets, at the largest hub size measured: the service's own on the embedded
	 * database, and on an external one the matching latencies at one caller and, at
	 * eight, their distance from the embedded figures.
	 * @param run the report
	 * @return the targets, with a null figure for those of a mode not run
	 */
	static List<Target> targets(JsonNode run) {
		List<Target> targets = new ArrayList<>();
		JsonNode largest = largest(run);
		if (largest == null) {
			return targets;
		}
		JsonNode embedded = mode(largest, EMBEDDED);
		JsonNode external = mode(largest, EXTERNAL);
		if (embedded != null) {
			targets.add(new Target("upstreamPartners p95 ≤ 20 ms (embedded, concurrency 1)",
					p95(embedded, "upstreamPartners", 1), 20, true));
			targets.add(new Target("recommendCollaborations p95 ≤ 50 ms (embedded, concurrency 1)",
					p95(embedded, "recommendCollaborations", 1), 50, true));
			targets
				.add(new Target("search p95 ≤ 10 ms (embedded, concurrency 1)", p95(embedded, "search", 1), 10, true));
			targets.add(new Target("companies page, GraphQL over raw Cypher ≤ 1.3× (embedded, p50, concurrency 1)",
					row(embedded, "companies page", 1).get("ratioP50").asDouble(), 1.3, true));
		}
		targets.add(new Target("import ≥ 20,000 companies/s",
				largest.get("import").get("companiesPerSecond").asDouble(), 20_000, false));
		if (embedded != null) {
			targets.add(new Target("service resident memory ≤ 1 GiB with -Xmx512m (embedded, peak, MiB)",
					embedded.get("memory").get("peakRssMiB").asDouble(), 1024, true));
		}
		if (external != null) {
			targets.add(new Target("upstreamPartners p95 ≤ 20 ms (external, concurrency 1)",
					p95(external, "upstreamPartners", 1), 20, true));
			targets.add(new Target("recommendCollaborations p95 ≤ 50 ms (external, concurrency 1)",
					p95(external, "recommendCollaborations", 1), 50, true));
			for (String workload : List.of("upstreamPartners", "recommendCollaborations")) {
				Double ratio = (embedded != null) ? p95(external, workload, 8) / p95(embedded, workload, 8) : null;
				targets
					.add(new Target(workload + " p95 at 8 callers, external over embedded ≤ 1.5×", ratio, 1.5, true));
			}
		}
		return targets;
	}

	private static JsonNode largest(JsonNode run) {
		JsonNode largest = null;
		for (JsonNode size : run.get("sizes")) {
			largest = size;
		}
		return largest;
	}

	/** A size's runs, embedded first. */
	private static List<JsonNode> modes(JsonNode size) {
		List<JsonNode> modes = new ArrayList<>();
		for (String key : List.of(EMBEDDED, EXTERNAL)) {
			JsonNode mode = mode(size, key);
			if (mode != null) {
				modes.add(mode);
			}
		}
		return modes;
	}

	private static JsonNode mode(JsonNode size, String key) {
		for (JsonNode mode : size.path("runs")) {
			if (mode.get("mode").asString().equals(key)) {
				return mode;
			}
		}
		return null;
	}

	private static JsonNode row(JsonNode mode, String workload, int concurrency) {
		for (JsonNode row : mode.get("workloads")) {
			if (row.get("workload").asString().equals(workload) && row.get("concurrency").asInt() == concurrency) {
				return row;
			}
		}
		throw new IllegalStateException("No run of " + workload + " at " + concurrency + " in " + mode.get("mode"));
	}

	private static double p95(JsonNode mode, String workload, int concurrency) {
		return row(mode, workload, concurrency).get("graphQl").get("p95Millis").asDouble();
	}

	private static double ratio(JsonNode numerator, JsonNode denominator, String field) {
		return BenchmarkSuite.round(numerator.get(field).asDouble() / denominator.get(field).asDouble());
	}

	private static String warmUp(JsonNode warmUp) {
		if (warmUp.isMissingNode()) {
			return "-";
		}
		String unsettled = (warmUp.get("compilerShare").asDouble() < 0) ? " (compilers not measured)"
				: " (compilers still busy)";
		return String.format(Locale.ROOT, "%.0f%s", warmUp.get("seconds").asDouble(),
				warmUp.get("settled").asBoolean() ? "" : unsettled);
	}

}
