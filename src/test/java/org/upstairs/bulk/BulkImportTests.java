package org.upstairs.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.upstairs.matching.feed.ChangeFeed;
import org.upstairs.UpstairsApplication;
import org.upstairs.config.CommandContext;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import and export through the services and the command line, against the test database:
 * round trips, refusals that change nothing, skipping invalid rows, CSV.
 */
class BulkImportTests extends IntegrationTest {

	private static final Path EXAMPLES = Path.of("docs", "examples", "import");

	@Autowired
	BulkImport bulkImport;

	@Autowired
	BulkExport bulkExport;

	@TempDir
	Path temp;

	@BeforeEach
	void empty() {
		resetGraphTo();
	}

	@Test
	void exportImportIntoAnEmptyStoreAndExportAgainGivesTheSameBytes() {
		resetGraphToDemoData();
		String first = export();
		assertThat(first).contains("\"infinigence-ai\"", "\"smc-xuhui\"", "\"partnerships\": [\n");

		resetGraphTo();
		ImportReport report = importJson("export.json", first, false);
		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).isTrue();

		assertThat(export()).isEqualTo(first);
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws IOException {
		ImportReport report = importFiles(false, EXAMPLES.resolve("example.json"));
		assertThat(report.imported()).isTrue();
		assertThat(report.companies()).isEqualTo(3);
		List<String> before = graphSnapshot();

		ImportReport again = importFiles(false, EXAMPLES.resolve("example.json"));

		assertThat(again.nodesCreated()).isZero();
		assertThat(again.relationshipsCreated()).isZero();
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void newAndKnownCompaniesAreWrittenAlikeAndALinkGivenTwiceIsWrittenOnce() {
		String places = """
				  "hubs": [{"id": "test-hub", "name": "Test hub", "district": "Xuhui"}],
				  "buildings": [{"id": "tower-a", "hub": "test-hub", "name": "Tower A", "floors": 10, "basements": 0}],
				  "capabilities": [{"id": "gpu-time", "name": "GPU time", "layer": "COMPUTE"}],
				  "scenarios": [{"id": "smart-port", "name": "Smart port", "sector": "HEALTHCARE"}],
				""";
		String links = "{\"format\": \"upstairs/v1\",\n" + places
				+ """
						  "companies": [
						    {"id": "aaa-old", "name": "Old Co", "kind": "STARTUP", "offers": ["gpu-time", "gpu-time"]},
						    {"id": "zzz-new", "name": "New Co", "kind": "STARTUP", "location": {"building": "tower-a", "floor": 3},
						     "offers": ["gpu-time", "gpu-time"], "targets": ["smart-port", "smart-port"],
						     "needs": [{"capability": "gpu-time", "priority": 1},
						               {"capability": "gpu-time", "priority": 3, "note": "the later row"}]}
						  ],
						  "partnerships": [
						    {"companies": ["zzz-new", "aaa-old"], "since": "2024-05-01"},
						    {"companies": ["aaa-old", "zzz-new"]}
						  ]
						}
						""";

		// Both companies new to the graph: every write is the lean one.
		assertThat(importJson("links.json", links, false).problems()).isEmpty();
		List<String> allNew = graphWithoutTimestamps();
		// aaa-old already there: its writes, and the partnership's low end, go the full
		// way.
		assertThat(importAfter(List.of("aaa-old"), places, links)).isEqualTo(allNew);
		// Both there: every write is the full one.
		assertThat(importAfter(List.of("aaa-old", "zzz-new"), places, links)).isEqualTo(allNew);

		assertThat(allNew).contains("Company {archived=false, id=zzz-new, kind=STARTUP, name=New Co}",
				"zzz-new -LOCATED_IN-> tower-a {floor=3}", "zzz-new -NEEDS-> gpu-time {note=the later row, priority=3}",
				"aaa-old -PARTNERS_WITH-> zzz-new {since=2024-05-01}");
		assertThat(allNew).containsOnlyOnce("zzz-new -OFFERS-> gpu-time {}", "aaa-old -OFFERS-> gpu-time {}",
				"zzz-new -TARGETS-> smart-port {}");
		assertThat(this.driver.executableQuery("""
				MATCH (c:Company) WHERE c.createdAt IS NULL OR c.updatedAt < c.createdAt RETURN count(c) AS wrong""")
			.execute()
			.records()
			.get(0)
			.get("wrong")
			.asLong()).isZero();
	}

	/** Empties the graph, imports these companies bare, then the whole file. */
	private List<String> importAfter(List<String> companies, String places, String file) {
		resetGraphTo();
		String bare = companies.stream()
			.map((id) -> "{\"id\": \"" + id + "\", \"name\": \"Bare\", \"kind\": \"STARTUP\"}")
			.collect(java.util.stream.Collectors.joining(", "));
		assertThat(importJson("nodes.json",
				"{\"format\": \"upstairs/v1\",\n" + places + "\"companies\": [" + bare + "]}", false)
			.problems()).isEmpty();
		assertThat(importJson("links.json", file, false).problems()).isEmpty();
		return graphWithoutTimestamps();
	}

	private List<String> graphWithoutTimestamps() {
		return graphSnapshot().stream()
			.map((line) -> line.replaceAll("(, )?(createdAt|updatedAt)=[^,}]*", "").replace("{, ", "{"))
			.toList();
	}

	@Test
	void theCsvExampleImportsTheSameDirectoryAsTheJsonExample() throws IOException {
		importFiles(false, EXAMPLES.resolve("example.json"));
		String fromJson = export();

		resetGraphTo();
		Path[] csv;
		try (Stream<Path> files = Files.list(EXAMPLES.resolve("csv"))) {
			csv = files.sorted().toArray(Path[]::new);
		}
		ImportReport report = importFiles(false, csv);

		assertThat(report.problems()).isEmpty();
		assertThat(export()).isEqualTo(fromJson);
	}

	@Test
	void aFileWithProblemsImportsNothingAndNamesFileLineAndFieldOfEach() {
		List<String> before = graphSnapshot();
		String json = """
				{
				  "format": "upstairs/v1",
				  "capabilities": [
				    {"id": "good-cap", "name": "Good", "layer": "MODEL"},
				    {"id": "Bad Id", "name": "Bad", "layer": "MODEL"},
				    {"id": "no-layer", "name": "No layer", "layer": "ASTROLOGY"}
				  ],
				  "companies": [
				    {"id": "good-co", "name": "Good Co", "kind": "STARTUP", "offers": ["good-cap", "nowhere"]},
				    {"id": "good-co", "name": "Twice", "kind": "STARTUP"},
				    {"id": "high-floor", "name": "High", "kind": "STARTUP", "location": {"building": "tower-x", "floor": 3}}
				  ],
				  "partnerships": [
				    {"companies": ["good-co", "good-co"]}
				  ]
				}
				""";

		ImportReport report = importJson("hub.json", json, false);

		assertThat(report.imported()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::toString)
			.containsExactly(
					"hub.json:5: id (Bad Id): must be 2 to 64 lower-case letters, digits and single hyphens, such as "
							+ "'gpu-compute'",
					"hub.json:6: layer (no-layer): must be one of [COMPUTE, DATA, MODEL, TOOLING, APPLICATION, "
							+ "SCENARIO_DESIGN, MARKETING, SERVICES]",
					"hub.json:10: id (good-co): appears twice in companies",
					"hub.json:11: location.building (high-floor): names no building in the file or the graph: "
							+ "'tower-x'",
					"hub.json:9: offers[1] (good-co): names no capability that is valid in the file or present in "
							+ "the graph: 'nowhere'",
					"hub.json:14: companies[1] (good-co): must differ from the company: nobody partners with itself");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void buildingsAreCheckedByTheRulesOfUpsertBuildingAndKeepTheFloorsCompaniesSitOn() {
		resetGraphTo("chain");
		List<String> before = graphSnapshot();
		String json = """
				{"format": "upstairs/v1", "buildings": [
				  {"id": "tower-a", "floors": 8},
				  {"id": "tower-b", "basements": 21},
				  {"id": "new-tower", "hub": "test-hub", "name": "New", "floors": 3},
				  {"id": "annex", "hub": "test-hub", "nameZh": "附楼", "floors": "x"}
				]}""";

		ImportReport report = importJson("hub.json", json, false);

		assertThat(report.problems()).extracting(ImportProblem::toString)
			.containsExactly(
					"hub.json:2: floors (tower-a): must be at least 9: a company sits on floor 9 (move it first)",
					"hub.json:3: basements (tower-b): must be between 0 and 20, was 21",
					"hub.json:4: basements (new-tower): is required for a new building",
					"hub.json:5: floors (annex): must be a whole number");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void aDocumentWithAKeyGivenTwiceOrContentAfterItsEndImportsNothingEvenSkippingInvalidRows() {
		List<String> before = graphSnapshot();
		String company = "{\"id\": \"first-co\", \"name\": \"First\", \"kind\": \"STARTUP\"}";
		String duplicateField = """
				{"format": "upstairs/v1", "companies": [
				  %s,
				  {"id": "twice-co", "name": "Shown", "kind": "STARTUP",
				   "name": "Stored"}
				]}""".formatted(company);
		String duplicateSection = """
				{"format": "upstairs/v1",
				 "companies": [%s],
				 "companies": [{"id": "second-co", "name": "Second", "kind": "STARTUP"}]}""".formatted(company);
		String trailing = """
				{"format": "upstairs/v1", "companies": [%s]}

				{"format": "upstairs/v1", "companies": []}""".formatted(company);

		ImportReport field = importJson("field.json", duplicateField, true);
		ImportReport section = importJson("section.json", duplicateSection, true);
		ImportReport after = importJson("trailing.json", trailing, true);

		assertThat(field.problems()).extracting(ImportProblem::toString)
			.containsExactly("field.json:4: name: is given twice in the same object; give each section and each "
					+ "field once");
		assertThat(section.problems()).extracting(ImportProblem::toString)
			.containsExactly("section.json:3: companies: is given twice in the same object; give each section and "
					+ "each field once");
		assertThat(after.problems()).extracting(ImportProblem::toString)
			.containsExactly("trailing.json:3: document: goes on after its end; a file holds one JSON document");
		assertThat(List.of(field, section, after)).allSatisfy((report) -> assertThat(report.rowsWritten()).isEmpty());
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void skipInvalidImportsTheGoodRowsAndRefusesRowsThatNameRefusedOnes() {
		String json = """
				{
				  "format": "upstairs/v1",
				  "companies": [
				    {"id": "kept-co", "name": "Kept", "kind": "STARTUP"},
				    {"id": "bad-kind", "name": "Bad kind", "kind": "UNICORN"}
				  ],
				  "partnerships": [
				    {"companies": ["kept-co", "bad-kind"], "since": "2025-01-01"}
				  ]
				}
				""";

		ImportReport report = importJson("hub.json", json, true);

		assertThat(report.imported()).isTrue();
		assertThat(report.rowsRefused()).isEqualTo(2);
		assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(5L, 8L);
		assertThat(companyIds()).containsExactly("kept-co");
	}

	@Test
	void aFeedsLinkThatWouldCloseACycleIsRefused() {
		resetGraphTo("chain");
		// In the chain fixture gpu feeds training, which feeds base-model.
		ImportReport report = importJson("feeds.json", """
				{"format": "upstairs/v1", "feeds": [{"from": "base-model", "to": "gpu"}]}""", false);

		assertThat(report.imported()).isFalse();
		assertThat(report.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("would close a FEEDS cycle"));
	}

	@Test
	void hostileTextIsStoredLiterallyOrRefused() {
		String json = """
				{"format": "upstairs/v1", "companies": [
				  {"id": "quote-co", "name": "'}) MATCH (n) DETACH DELETE n //", "kind": "STARTUP"},
				  {"id": "nul-co", "name": "nul\\u0000byte", "kind": "STARTUP"}
				]}""";

		ImportReport report = importJson("hostile.json", json, true);

		assertThat(report.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("name"));
		assertThat(this.driver.executableQuery("MATCH (c:Company {id: 'quote-co'}) RETURN c.name AS name")
			.execute()
			.records()
			.get(0)
			.get("name")
			.asString()).isEqualTo("'}) MATCH (n) DETACH DELETE n //");
	}

	@Test
	void theCommandLineImportsWithAProgressBarAndExports() throws IOException {
		String uri = "--spring.neo4j.uri=" + boltUri();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		BulkCommand command = new BulkCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		int status = command.execute(UpstairsApplication.class, new String[] { "import",
				EXAMPLES.resolve("example.json").toString(), "--upstairs.neo4j.embedded.enabled=false", uri, store() });

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("100%", "rows/s", "ETA");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("companies=3", "companies/s");
		assertThat(companyIds()).containsExactly("ex-harbor-compute", "ex-portmind", "ex-quayside-apps");

		Path exported = this.temp.resolve("out.json");
		status = command.execute(UpstairsApplication.class, new String[] { "export", exported.toString(),
				"--upstairs.neo4j.embedded.enabled=false", uri, store() });
		assertThat(status).isZero();
		assertThat(Files.readString(exported)).isEqualTo(export());
	}

	@Test
	void aGeneratedHubImportsWithoutProblemsAndReimportsUnchanged() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BulkCommand command = new BulkCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream()));
		Path generated = this.temp.resolve("hub.json");

		int status = command.execute(UpstairsApplication.class,
				new String[] { "generate", "--companies=300", "--seed=7", generated.toString() });

		assertThat(status).isZero();
		ImportReport report = importFiles(false, generated);
		assertThat(report.problems()).isEmpty();
		assertThat(report.companies()).isEqualTo(300);
		List<String> before = graphSnapshot();
		assertThat(importFiles(false, generated).relationshipsCreated()).isZero();
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void theCommandLineRefusesABadFileWithExitStatusOne() throws IOException {
		Path bad = this.temp.resolve("bad.json");
		Files.writeString(bad, "{\"format\": \"upstairs/v1\", \"companies\": [{\"id\": \"x\"}]}");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		BulkCommand command = new BulkCommand(new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		int status = command.execute(UpstairsApplication.class, new String[] { "import", bad.toString(),
				"--upstairs.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + boltUri(), store() });

		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json:1: id", "Nothing imported");
	}

	@Test
	void aCommandOnTheEmbeddedStoreKeepsNoMatchingGraphAndLetsTheCommandLineOverrideItsSettings() {
		// The service keeps an in-memory matching graph of the embedded store; a command
		// must not, or it reads every batch an import writes again (1.6 times the time).
		try (ConfigurableApplicationContext context = CommandContext.start(UpstairsApplication.class,
				List.of("--upstairs.neo4j.embedded.directory=" + this.temp.resolve("store"),
						"--upstairs.neo4j.embedded.bolt-port=0", "--upstairs.neo4j.embedded.page-cache=8MB",
						"--logging.level.org.upstairs=info"))) {
			Health matching = context.getBean("matchingReplica", HealthIndicator.class).health();

			assertThat(matching.getStatus()).isEqualTo(Status.UP);
			assertThat(matching.getDetails()).containsEntry("enabled", false);
			assertThat(context.getBeanNamesForType(ChangeFeed.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("logging.level.org.upstairs")).isEqualTo("info");
			assertThat(context.getEnvironment().getProperty("logging.level.root")).isEqualTo("warn");
		}
	}

	/**
	 * Where the test database listens: the command connects to it as to a running server.
	 */
	private String boltUri() {
		return this.connection.getUri().toString();
	}

	@Autowired
	Neo4jConnectionDetails connection;

	/**
	 * The test database's store, where a command signs in with the credentials of the
	 * embedded server it connects to.
	 */
	private String store() {
		return "--upstairs.neo4j.embedded.directory="
				+ this.environment.getProperty("upstairs.neo4j.embedded.directory");
	}

	@Autowired
	Environment environment;

	private List<String> companyIds() {
		return this.driver.executableQuery("MATCH (c:Company) RETURN c.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList();
	}

	private String export() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.bulkExport.export(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private ImportReport importJson(String name, String json, boolean skipInvalid) {
		return this.bulkImport.importFiles(
				List.of(new ImportFile(name,
						() -> new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))),
				skipInvalid, ImportProgress.NONE);
	}

	private ImportReport importFiles(boolean skipInvalid, Path... paths) {
		List<ImportFile> files = new ArrayList<>();
		for (Path path : paths) {
			files.add(ImportFile.of(path));
		}
		return this.bulkImport.importFiles(files, skipInvalid, ImportProgress.NONE);
	}

}
