package org.upstairs.graphql;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.upstairs.bulk.BulkImport;
import org.upstairs.bulk.ImportFile;
import org.upstairs.bulk.ImportProgress;
import org.upstairs.bulk.ImportReport;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text in every string input: either it is stored and read back exactly (less
 * surrounding white space), or the call is refused with BAD_REQUEST and the graph is
 * unchanged. Never an internal error, a stack trace, a class name or Cypher in the
 * answer. Requests are written as raw JSON with every non-ASCII character escaped, so
 * that an unpaired surrogate or a NUL reaches the server exactly as a hostile client
 * would send it.
 */
class HostileStringsTests extends IntegrationTest {

	static final List<String> HOSTILE = List.of("'}) MATCH (n) DETACH DELETE n //", "\" OR 1=1 --",
			"back\\slash \\\\ \\' \\\"", "AND OR \"( * ~ ? : / [1 TO 5] {", "x".repeat(10_000), "a\uD800b", "a\uDC00",
			"nul\u0000byte", "$companyId {id: 1} ${x}", "算力 🚀 模速空间", "<script>alert(1)</script>", "line\nbreak\ttab",
			"   padded   ", "Infinigence\u202E", "Infini\u200Bgence", "coder \uD83D\uDC69\u200D\uD83D\uDCBB");

	/**
	 * Names that look like "Infinigence" but are not: bidirectional controls and
	 * zero-width characters. The last is an emoji sequence joined by U+200D, refused in
	 * names too (a joiner cannot be told from a spoof) but kept in descriptions.
	 */
	static final List<String> LOOKALIKE_NAMES = List.of("Infinigence\u202E", "\u202EecnegInifni", "Infini\u200Bgence",
			"Infini\u200Cgence", "Infinigence\u200E", "\u200FInfinigence", "\u2066Infinigence\u2069",
			"Infini\u2060gence", "\uFEFFInfinigence", "Infini\u180Egence", "Infini\u061Cgence",
			"coder \uD83D\uDC69\u200D\uD83D\uDCBB");

	/** A write taking the text in {@code $v} and the query reading it back. */
	record Input(String name, String mutation, String readBack, Function<Map<String, Object>, Object> value) {
	}

	private static final List<Input> INPUTS = List.of(
			new Input("upsertCompany.name",
					"mutation($v: String) { upsertCompany(input: {id: \"hostile-co\", name: $v, "
							+ "kind: STARTUP}) { company { id } } }",
					"{ company(id: \"hostile-co\") { name } }", (data) -> path(data, "company", "name")),
			new Input("upsertCompany.description",
					"mutation($v: String) { upsertCompany(input: {id: \"alpha-compute\", "
							+ "description: $v}) { company { id } } }",
					"{ company(id: \"alpha-compute\") { description } }",
					(data) -> path(data, "company", "description")),
			new Input("setCompanyLocation.unit",
					"mutation($v: String) { setCompanyLocation(input: {companyId: "
							+ "\"alpha-compute\", buildingId: \"tower-a\", floor: 2, unit: $v}) { company { id } } }",
					"{ company(id: \"alpha-compute\") { location { unit } } }",
					(data) -> path(data, "company", "location", "unit")),
			new Input("addNeed.note",
					"mutation($v: String) { addNeed(input: {companyId: \"alpha-compute\", "
							+ "capabilityId: \"corpus\", note: $v}) { company { id } } }",
					"{ company(id: \"alpha-compute\") { needs { note } } }",
					(data) -> ((List<?>) path(data, "company", "needs")).isEmpty() ? null
							: ((Map<?, ?>) ((List<?>) path(data, "company", "needs")).get(0)).get("note")),
			new Input("upsertCapability.name",
					"mutation($v: String) { upsertCapability(input: {id: \"gpu\", name: $v}) "
							+ "{ capability { id } } }",
					"{ capability(id: \"gpu\") { name } }", (data) -> path(data, "capability", "name")),
			new Input("upsertScenario.name",
					"mutation($v: String) { upsertScenario(input: {id: \"clinical-notes\", "
							+ "name: $v}) { scenario { id } } }",
					"{ scenario(id: \"clinical-notes\") { name } }", (data) -> path(data, "scenario", "name")),
			new Input("requestIntroduction.note",
					"mutation($v: String) { requestIntroduction(input: {fromCompanyId: "
							+ "\"beta-data\", toCompanyId: \"alpha-compute\", note: $v}) { introduction { id } } }",
					"{ introductions { edges { node { note } } } }",
					(data) -> ((List<?>) path(data, "introductions", "edges")).isEmpty() ? null
							: path((Map<String, Object>) ((List<?>) path(data, "introductions", "edges")).get(0),
									"node", "note")));

	@Autowired
	private BulkImport bulkImport;

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void everyStringInputStoresHostileTextLiterallyOrRefusesItCleanly() {
		List<String> wrong = new ArrayList<>();
		for (Input input : INPUTS) {
			for (String hostile : HOSTILE) {
				resetGraphTo("chain");
				List<String> before = graphSnapshot();
				Map<String, Object> answer = post(input.mutation(), hostile);
				List<Map<String, Object>> errors = errors(answer);
				String label = input.name() + " <- " + shown(hostile);
				if (errors.isEmpty()) {
					Object stored = input.value().apply(data(post(input.readBack(), null)));
					if (!hostile.strip().equals(stored)) {
						wrong.add(label + ": stored as " + shown(String.valueOf(stored)));
					}
				}
				else {
					checkRefusal(wrong, label, errors);
					if (!graphSnapshot().equals(before)) {
						wrong.add(label + ": refused but changed the graph");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void hostileTextInIdsSearchAndCursorsNeverFails() {
		List<String> wrong = new ArrayList<>();
		List<String> before = graphSnapshot();
		for (String hostile : HOSTILE) {
			for (String query : List.of("query($v: String!) { search(text: $v) { kind } }",
					"query($v: ID!) { company(id: $v) { id } }",
					"query($v: ID!) { upstreamPartners(companyId: $v) { score } }",
					"query($v: String) { companies(after: $v) { totalCount } }",
					"mutation($v: ID!) { archiveCompany(input: {companyId: $v}) { company { id } } }",
					"mutation($v: String!) { createAccount(input: {username: $v, password: \"long-enough-1\", "
							+ "role: STAFF}) { account { id } } }")) {
				Map<String, Object> answer = (query.contains("createAccount")) ? post(ADMIN, query, hostile)
						: post(query, hostile);
				List<Map<String, Object>> errors = errors(answer);
				if (!errors.isEmpty()) {
					checkRefusal(wrong, query + " <- " + shown(hostile), errors);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void lookalikeNamesAreRefusedAlikeByTheMutationAndTheImport() {
		List<String> before = graphSnapshot();
		for (String name : LOOKALIKE_NAMES) {
			Map<String, Object> error = errors(
					post("mutation($v: String) { upsertCompany(input: {id: \"lookalike-co\", name: $v, kind: STARTUP}) "
							+ "{ company { id } } }", name))
				.get(0);
			ImportReport report = this.bulkImport.importFiles(
					List.of(new ImportFile("lookalike.json",
							() -> new ByteArrayInputStream(("{\"format\": \"upstairs/v1\", \"companies\": [\n"
									+ "{\"id\": \"lookalike-co\", \"name\": " + json(name)
									+ ", \"kind\": \"STARTUP\"}]}")
								.getBytes(StandardCharsets.UTF_8)))),
					false, ImportProgress.NONE);

			assertThat(error.get("extensions")).as(shown(name))
				.isEqualTo(Map.of("classification", "BAD_REQUEST", "field", "input.name"));
			assertThat(report.imported()).isFalse();
			assertThat(report.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.line()).isEqualTo(2);
				assertThat(problem.field()).isEqualTo("name");
				assertThat(error.get("message")).as(shown(name)).isEqualTo("input.name: " + problem.message());
			});
		}
		assertThat(errors(post(
				"mutation($v: String) { upsertCompany(input: {id: \"alpha-compute\", nameZh: $v}) { company { id } } }",
				"无问\u200B芯穹")))
			.singleElement()
			.satisfies((error) -> assertThat(error.get("message")).asString().startsWith("input.nameZh: "));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void emojiSequencesAndRightToLeftMarksAreKeptInDescriptions() {
		String description = "coder \uD83D\uDC69\u200D\uD83D\uDCBB, \u05E9\u05DC\u05D5\u05DD\u200F (shalom)";
		assertThat(errors(post("mutation($v: String) { upsertCompany(input: {id: \"alpha-compute\", "
				+ "description: $v}) { company { id } } }", description)))
			.isEmpty();
		assertThat(
				path(data(post("{ company(id: \"alpha-compute\") { description } }", null)), "company", "description"))
			.isEqualTo(description);
	}

	private static void checkRefusal(List<String> wrong, String label, List<Map<String, Object>> errors) {
		Map<String, Object> error = errors.get(0);
		Object classification = ((Map<?, ?>) error.getOrDefault("extensions", Map.of())).get("classification");
		if (!List.of("BAD_REQUEST", "NOT_FOUND").contains(classification)) {
			wrong.add(label + ": " + classification + " " + error.get("message"));
		}
		String message = String.valueOf(error.get("message"));
		for (String leak : List.of("Exception", "org.", "java.", "MATCH (", "Neo.", "\tat ")) {
			if (message.contains(leak)) {
				wrong.add(label + ": message leaks '" + leak + "': " + message);
			}
		}
	}

	private Map<String, Object> post(String query, String value) {
		return post(STAFF, query, value);
	}

	private Map<String, Object> post(String username, String query, String value) {
		String body = "{\"query\":" + json(query) + ",\"variables\":{\"v\":" + ((value != null) ? json(value) : "null")
				+ "}}";
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build()
			.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBasicAuth(username, TEST_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** JSON string with every character outside printable ASCII escaped as \\uXXXX. */
	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.getOrDefault("errors", List.of());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Map<String, Object> answer) {
		assertThat(errors(answer)).isEmpty();
		return (Map<String, Object>) answer.get("data");
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> data, String... keys) {
		Object current = data;
		for (String key : keys) {
			if (current == null) {
				return null;
			}
			current = ((Map<String, Object>) current).get(key);
		}
		return current;
	}

	private static String shown(String text) {
		String escaped = json(text);
		return (escaped.length() > 60) ? escaped.substring(0, 60) + "...(" + text.length() + " chars)" : escaped;
	}

}
