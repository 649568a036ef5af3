package org.upstairs.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.upstairs.UpstairsApplication;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /bulk/import?dryRun=true} and {@code import --dry-run}: checked and
 * reported as an import is, nothing written; staff only.
 */
class ImportDryRunTests extends IntegrationTest {

	private static final Path EXAMPLES = Path.of("docs", "examples", "import");

	/** What the example (JSON or CSV) holds, section by section. */
	private static final Map<String, Integer> EXAMPLE_ROWS = Map.ofEntries(Map.entry("hubs", 1),
			Map.entry("buildings", 2), Map.entry("capabilities", 4), Map.entry("feeds", 3), Map.entry("scenarios", 1),
			Map.entry("scenarios.requires", 2), Map.entry("companies", 3), Map.entry("companies.offers", 3),
			Map.entry("companies.needs", 3), Map.entry("companies.targets", 2), Map.entry("partnerships", 1));

	/** Four problems, in two sections; good rows besides. */
	private static final String INVALID = """
			{
			  "format": "upstairs/v1",
			  "capabilities": [
			    {"id": "good-cap", "name": "Good", "layer": "MODEL"},
			    {"id": "no-layer", "name": "No layer", "layer": "ASTROLOGY"}
			  ],
			  "companies": [
			    {"id": "good-co", "name": "Good Co", "kind": "STARTUP", "offers": ["good-cap", "nowhere"]},
			    {"id": "no-kind", "name": "No kind"},
			    {"id": "other-co", "name": "Other Co", "kind": "STARTUP"}
			  ],
			  "partnerships": [
			    {"companies": ["good-co", "good-co"]}
			  ]
			}
			""";

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	Environment environment;

	@TempDir
	Path temp;

	@BeforeEach
	void empty() {
		resetGraphTo();
	}

	@Test
	void aDryRunOfAValidFileWritesNothingAndCountsWhatTheImportThenWrites() throws IOException {
		String example = Files.readString(EXAMPLES.resolve("example.json"));
		List<String> before = graphSnapshot();

		ImportReport dryRun = postJson(STAFF, "?dryRun=true", example, 200);

		assertThat(graphSnapshot()).isEqualTo(before);
		assertThat(dryRun.dryRun()).isTrue();
		assertThat(dryRun.imported()).isFalse();
		assertThat(dryRun.rowsWritten()).isEmpty();
		assertThat(dryRun.rowsValid()).isEqualTo(EXAMPLE_ROWS);
		assertThat(dryRun.newItems())
			.isEqualTo(Map.of("hubs", 1, "buildings", 2, "capabilities", 4, "scenarios", 1, "companies", 3));
		assertThat(dryRun.problems()).isEmpty();
		assertThat(dryRun.nodesCreated()).isZero();
		assertThat(dryRun.relationshipsCreated()).isZero();

		ImportReport imported = postJson(STAFF, "", example, 200);
		assertThat(imported.dryRun()).isFalse();
		assertThat(imported.imported()).isTrue();
		assertThat(imported.rowsWritten()).isEqualTo(dryRun.rowsValid());
		assertThat(imported.newItems()).isEqualTo(dryRun.newItems());

		// Everything is there now: the same file again would only update.
		List<String> after = graphSnapshot();
		ImportReport again = postJson(STAFF, "?dryRun=true", example, 200);
		assertThat(again.rowsValid()).isEqualTo(EXAMPLE_ROWS);
		assertThat(again.newItems()).containsOnlyKeys("hubs", "buildings", "capabilities", "scenarios", "companies")
			.allSatisfy((section, count) -> assertThat(count).as(section).isZero());
		assertThat(graphSnapshot()).isEqualTo(after);
	}

	@Test
	void aDryRunOfCsvFilesAsAMultipartFormWritesNothing() throws IOException {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		try (Stream<Path> files = Files.list(EXAMPLES.resolve("csv"))) {
			files.sorted().forEach((file) -> form.part("files", new FileSystemResource(file)));
		}
		List<String> before = graphSnapshot();

		httpAs(STAFF).post()
			.uri("/bulk/import?dryRun=true")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dryRun")
			.isEqualTo(true)
			.jsonPath("$.imported")
			.isEqualTo(false)
			.jsonPath("$.rowsWritten")
			.isEmpty()
			.jsonPath("$.rowsValid.companies")
			.isEqualTo(3)
			.jsonPath("$.rowsValid['companies.offers']")
			.isEqualTo(3)
			.jsonPath("$.newItems.companies")
			.isEqualTo(3)
			.jsonPath("$.problemCount")
			.isEqualTo(0);

		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void aDryRunOfAnInvalidFileReportsTheProblemsTheImportReports() {
		List<String> before = graphSnapshot();

		ImportReport dryRun = postJson(STAFF, "?dryRun=true", INVALID, 422);
		ImportReport imported = postJson(STAFF, "", INVALID, 422);

		assertThat(graphSnapshot()).isEqualTo(before);
		assertThat(dryRun.problems()).extracting(ImportProblem::toString)
			.containsExactly(
					"request.json:5: layer (no-layer): must be one of [COMPUTE, DATA, MODEL, TOOLING, "
							+ "APPLICATION, SCENARIO_DESIGN, MARKETING, SERVICES]",
					"request.json:9: kind (no-kind): is required for a new company",
					"request.json:8: offers[1] (good-co): names no capability that is valid in the file or present "
							+ "in the graph: 'nowhere'",
					"request.json:13: companies[1] (good-co): must differ from the company: nobody partners with "
							+ "itself");
		assertThat(dryRun.problems()).isEqualTo(imported.problems());
		assertThat(dryRun.problemCount()).isEqualTo(imported.problemCount()).isEqualTo(4);
		assertThat(dryRun.rowsRefused()).isEqualTo(imported.rowsRefused());
		assertThat(dryRun.rowsValid()).isEqualTo(imported.rowsValid());
		assertThat(dryRun.dryRun()).isTrue();
		assertThat(imported.dryRun()).isFalse();
		assertThat(dryRun.imported()).isFalse();
	}

	@Test
	void aDryRunSkippingInvalidRowsAnswersAsThatImportWouldAndStillWritesNothing() {
		List<String> before = graphSnapshot();

		ImportReport report = postJson(STAFF, "?dryRun=true&skipInvalid=true", INVALID, 200);

		assertThat(graphSnapshot()).isEqualTo(before);
		assertThat(report.imported()).isFalse();
		assertThat(report.problemCount()).isEqualTo(4);
		assertThat(report.rowsValid()).containsEntry("capabilities", 1)
			.containsEntry("companies", 2)
			.containsEntry("companies.offers", 1)
			.doesNotContainKey("partnerships");
		assertThat(report.newItems()).containsEntry("capabilities", 1).containsEntry("companies", 2);
	}

	@Test
	void theCommandLineDryRunWritesNothingAndExitsAsTheImportWould() throws IOException {
		Path bad = this.temp.resolve("bad.json");
		Files.writeString(bad, INVALID);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		BulkCommand command = new BulkCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		List<String> before = graphSnapshot();

		int good = command.execute(UpstairsApplication.class,
				new String[] { "import", EXAMPLES.resolve("example.json").toString(), "--dry-run",
						"--upstairs.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + boltUri(), store() });
		int refused = command.execute(UpstairsApplication.class, new String[] { "import", bad.toString(), "--dry-run",
				"--upstairs.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + boltUri(), store() });

		assertThat(good).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(refused).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dry run, nothing written: 0 problems", "companies=3",
				"Dry run, nothing written: 4 problems");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json:9: kind (no-kind)")
			.doesNotContain("Nothing imported");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	/**
	 * Where the test database listens: the command connects to it as to a running server.
	 */
	private String boltUri() {
		return this.connection.getUri().toString();
	}

	/** The test database's store, whose credentials the command signs in with. */
	private String store() {
		return "--upstairs.neo4j.embedded.directory="
				+ this.environment.getProperty("upstairs.neo4j.embedded.directory");
	}

	private ImportReport postJson(String username, String query, String json, int status) {
		return httpAs(username).post()
			.uri("/bulk/import" + query)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(ImportReport.class)
			.returnResult()
			.getResponseBody();
	}

}
