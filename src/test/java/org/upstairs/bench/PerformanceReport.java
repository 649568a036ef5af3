package org.upstairs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private PerformanceReport() {
	}

	static void write(Map<String, Object> report, Path docs) throws IOException {
		JsonNode run = JSON.valueToTree(report);
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
				.append(" compiler threads use less than a tenth of a core over ten seconds (at most ")
				.append(run.get("settings").get("serviceWarmupSeconds").asDouble())
				.append(" s; the time it took is in the table below).");
		}
		md.append("\n\n");

		JsonNode largest = null;
		for (JsonNode size : run.get("sizes")) {
			largest = size;
		}
		if (largest != null) {
			md.append("### Targets at ")
				.append(String.format(Locale.ROOT, "%,d", largest.get("companies").asInt()))
				.append(" companies\n\n");
			md.append("| target | measured | met |\n|---|---|---|\n");
			target(md, "upstreamPartners p95 ≤ 20 ms (concurrency 1)", p95(largest, "upstreamPartners"), 20, true);
			target(md, "recommendCollaborations p95 ≤ 50 ms (concurrency 1)", p95(largest, "recommendCollaborations"),
					50, true);
			target(md, "search p95 ≤ 10 ms (concurrency 1)", p95(largest, "search"), 10, true);
			target(md, "companies page, GraphQL over raw Cypher ≤ 1.3× (p50, concurrency 1)",
					row(largest, "companies page", 1).get("ratioP50").asDouble(), 1.3, true);
			target(md, "import ≥ 20,000 companies/s", largest.get("import").get("companiesPerSecond").asDouble(),
					20_000, false);
			target(md, "service resident memory ≤ 1 GiB with -Xmx512m (peak, MiB)",
					largest.get("memory").get("peakRssMiB").asDouble(), 1024, true);
			md.append('\n');
		}

		md.append("### Import, start-up and memory\n\n");
		md.append("| companies | rows generated | import (s) | companies/s | import command, JVM start included (s) "
				+ "| import command peak RSS (MiB) | service start to first answer (s) | to ready (s) "
				+ "| service warm-up (s) | service RSS after the runs (MiB) | service peak RSS (MiB) |\n"
				+ "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (JsonNode size : run.get("sizes")) {
			long rows = 0;
			for (JsonNode count : size.get("generated")) {
				rows += count.asLong();
			}
			JsonNode imported = size.get("import");
			md.append(String.format(Locale.ROOT,
					"| %,d | %,d | %.1f | %,d | %.1f | %,d | %.1f | %s | %s | %,d | %,d |%n",
					size.get("companies").asInt(), rows, imported.get("importSeconds").asDouble(),
					imported.get("companiesPerSecond").asLong(), imported.get("commandSeconds").asDouble(),
					imported.get("commandPeakRssMiB").asLong(), size.get("firstAnswerSeconds").asDouble(),
					size.has("readySeconds") ? String.format(Locale.ROOT, "%.1f", size.get("readySeconds").asDouble())
							: "-",
					warmUp(size.path("serviceWarmUp")), size.get("memory").get("rssMiB").asLong(),
					size.get("memory").get("peakRssMiB").asLong()));
		}
		md.append('\n');

		for (JsonNode size : run.get("sizes")) {
			md.append("### ")
				.append(String.format(Locale.ROOT, "%,d", size.get("companies").asInt()))
				.append(" companies\n\n");
			md.append("| request | callers | GraphQL p50 | p95 | p99 | req/s | errors | Cypher p50 | p95 | p99 | req/s "
					+ "| errors | ratio p50 | ratio p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			for (JsonNode row : size.get("workloads")) {
				JsonNode graphQl = row.get("graphQl");
				JsonNode cypher = row.get("cypher");
				md.append(String.format(Locale.ROOT,
						"| %s | %d | %.2f | %.2f | %.2f | %,.0f | %d | %.2f | %.2f | %.2f | %,.0f | %d | %.2f | %.2f |%n",
						row.get("workload").asString(), row.get("concurrency").asInt(),
						graphQl.get("p50Millis").asDouble(), graphQl.get("p95Millis").asDouble(),
						graphQl.get("p99Millis").asDouble(), graphQl.get("perSecond").asDouble(),
						graphQl.get("errors").asLong(), cypher.get("p50Millis").asDouble(),
						cypher.get("p95Millis").asDouble(), cypher.get("p99Millis").asDouble(),
						cypher.get("perSecond").asDouble(), cypher.get("errors").asLong(),
						row.get("ratioP50").asDouble(), row.get("ratioP95").asDouble()));
			}
			md.append('\n');
			if (size.has("quality")) {
				JsonNode quality = size.get("quality");
				md.append("### Recommendation quality at ")
					.append(String.format(Locale.ROOT, "%,d", size.get("companies").asInt()))
					.append(" companies\n\n");
				md.append(String.format(Locale.ROOT,
						"%,d of %,d partnerships between active companies hidden; %,d companies that lost one asked about.%n%n",
						quality.get("hidden").asInt(), quality.get("partnerships").asInt(),
						quality.get("companies").asInt()));
				md.append("| method | precision@10 | recall@10 | companies with a hidden partner in their top 10 |\n"
						+ "|---|---:|---:|---:|\n");
				quality.get("scores")
					.properties()
					.forEach((entry) -> md
						.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.1f%% |%n", entry.getKey(),
								entry.getValue().get("precision").asDouble(), entry.getValue().get("recall").asDouble(),
								entry.getValue().get("hitRate").asDouble() * 100)));
				md.append('\n');
			}
		}
		return md.toString();
	}

	private static JsonNode row(JsonNode size, String workload, int concurrency) {
		for (JsonNode row : size.get("workloads")) {
			if (row.get("workload").asString().equals(workload) && row.get("concurrency").asInt() == concurrency) {
				return row;
			}
		}
		throw new IllegalStateException("No run of " + workload);
	}

	private static double p95(JsonNode size, String workload) {
		return row(size, workload, 1).get("graphQl").get("p95Millis").asDouble();
	}

	private static void target(StringBuilder md, String target, double measured, double limit, boolean atMost) {
		boolean met = atMost ? measured <= limit : measured >= limit;
		md.append("| ")
			.append(target)
			.append(" | ")
			.append(String.format(Locale.ROOT, "%,.2f", measured))
			.append(" | ")
			.append(met ? "yes" : "**no**")
			.append(" |\n");
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
