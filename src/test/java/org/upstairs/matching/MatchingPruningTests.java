package org.upstairs.matching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.bulk.BulkImport;
import org.upstairs.bulk.HubGenerator;
import org.upstairs.bulk.ImportFile;
import org.upstairs.bulk.ImportProgress;
import org.upstairs.bulk.ImportReport;
import org.upstairs.config.CypherScripts;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.Neo4jBackend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching queries (upstream-partners, downstream-partners, recommend-collaborations)
 * pick their partners from cheap bounds and prune what cannot make the list, and the
 * in-memory pickers score every candidate in Java. Both are only allowed if they change
 * nothing: on a generated hub large enough for popular capabilities to have dozens of
 * offerers, they must give exactly the answers of the plain queries they replaced (kept
 * in src/test/resources/matching/): partners, scores, hops, places, paths and reasons,
 * for every scope and for weights that favour one reason or another.
 */
class MatchingPruningTests extends IntegrationTest {

	private static final int COMPANIES = 2_500;

	private static final ScoreWeights BASE = new ScoreWeights(3, 3, 1.5, 1.5, 1, 1, 1, 0.75, 0.5, 0.5);

	private static final Map<String, Double> DEFAULTS = BASE.asMap();

	/** The hub is imported once for the class; no test here writes. */
	private static boolean imported;

	@Autowired
	private BulkImport bulkImport;

	@Autowired
	private CypherScripts cypher;

	@Autowired
	private MatchingIndex index;

	@BeforeEach
	void generatedHub() {
		if (!imported) {
			resetGraphTo();
			importGeneratedHub(COMPANIES, 11);
			imported = true;
		}
	}

	@Test
	void upstreamPartnersGiveExactlyTheAnswersOfThePlainQuery() {
		List<Map<String, Object>> settings = List.of(settings("ANYWHERE", 2, 10, DEFAULTS),
				settings("ANYWHERE", 4, 3, DEFAULTS), settings("ANYWHERE", 0, 25, DEFAULTS),
				settings("ANYWHERE", 2, 1, weights("chainUpstream", 12.0)),
				settings("ANYWHERE", 3, 5,
						weights("nearbySameHub", 4.0, "nearbySameFloor", 6.0, "offersWhatYouNeed", 0.5)),
				settings("SAME_HUB", 2, 10, weights("nearbySameHub", 4.0, "offersWhatYouNeed", 0.5)),
				settings("SAME_BUILDING", 2, 10, DEFAULTS), settings("UPSTAIRS", 4, 5, weights("chainUpstream", 12.0)));

		List<String> answers = compare("upstream-partners", settings);

		assertOftenGiven(answers, "CHAIN_UPSTREAM", "NEARBY");
	}

	@Test
	void downstreamPartnersGiveExactlyTheAnswersOfThePlainQuery() {
		List<Map<String, Object>> settings = List.of(settings("ANYWHERE", 2, 10, DEFAULTS),
				settings("ANYWHERE", 4, 3, DEFAULTS), settings("ANYWHERE", 0, 25, DEFAULTS),
				settings("ANYWHERE", 3, 5, weights("chainDownstream", 9.0, "nearbySameFloor", 5.0)),
				settings("SAME_HUB", 2, 10, weights("nearbySameHub", 4.0, "needsWhatYouOffer", 0.5)),
				settings("SAME_BUILDING", 4, 5, weights("chainDownstream", 12.0)));

		List<String> answers = compare("downstream-partners", settings);

		assertOftenGiven(answers, "CHAIN_DOWNSTREAM", "NEARBY");
	}

	@Test
	void recommendationsGiveExactlyTheAnswersOfThePlainQuery() {
		List<Map<String, Object>> settings = List.of(settings("ANYWHERE", 0, 10, DEFAULTS),
				settings("ANYWHERE", 0, 3,
						weights("mutualPartners", 5.0, "coversScenarioGap", 3.0, "sharedScenario", 2.0)),
				settings("ANYWHERE", 0, 20, weights("nearbySameFloor", 8.0, "chainDownstream", 6.0)),
				settings("SAME_HUB", 0, 10, DEFAULTS));

		List<String> answers = compare("recommend-collaborations", settings);

		assertOftenGiven(answers, "MUTUAL_PARTNERS", "COVERS_SCENARIO_GAP");
	}

	/**
	 * The comparison means something only if the reasons the pruning has to bound turn up
	 * often: each in more than a tenth of the answers.
	 */
	private static void assertOftenGiven(List<String> answers, String... reasonCodes) {
		for (String code : reasonCodes) {
			assertThat(answers.stream().filter((answer) -> answer.contains(code))).as(code)
				.hasSizeGreaterThan(answers.size() / 10);
		}
	}

	/**
	 * For one company in 25 under each setting, asserts that both ways the service picks
	 * partners give the answer of the plain reference query: picked by the pruned Cypher
	 * query (as against an external server) and picked in memory by {@link MatchingIndex}
	 * (as with the embedded one), each then explained by the explain query.
	 * @return the answers, one string each
	 */
	private List<String> compare(String name, List<Map<String, Object>> settings) {
		String plain = resource("/matching/" + name + "-unpruned.cypher");
		List<String> companies = this.driver.executableQuery("""
				MATCH (company:Company) WHERE company.id =~ '.*(07|37|67|97)'
				RETURN company.id AS id ORDER BY id""")
			.execute()
			.records()
			.stream()
			.map((row) -> row.get("id").asString())
			.toList();
		assertThat(companies).hasSizeGreaterThan(COMPANIES / 30);
		List<String> answers = new ArrayList<>();
		for (Map<String, Object> setting : settings) {
			for (String company : companies) {
				Map<String, Object> parameters = new HashMap<>(setting);
				parameters.put("companyId", company);
				parameters.put("partnerId", null);
				String expected = answer(plain, parameters);
				assertThat(pickedInCypher(name, parameters)).as("%s in Cypher for %s with %s", name, company, setting)
					.isEqualTo(expected);
				if (!Neo4jBackend.isContainer()) {
					// An external server keeps no in-memory graph.
					assertThat(pickedInMemory(name, parameters))
						.as("%s in memory for %s with %s", name, company, setting)
						.isEqualTo(expected);
				}
				answers.add(expected);
			}
		}
		return answers;
	}

	private String pickedInCypher(String name, Map<String, Object> parameters) {
		String query = this.cypher.query("queries/matching/" + name);
		if (name.equals("recommend-collaborations")) {
			return answer(query, parameters);
		}
		List<String> picked = this.driver.executableQuery(query)
			.withParameters(parameters)
			.execute()
			.records()
			.stream()
			.map((row) -> row.get("id").asString())
			.toList();
		return explained(name, parameters, picked);
	}

	@SuppressWarnings("unchecked")
	private String pickedInMemory(String name, Map<String, Object> parameters) {
		String company = (String) parameters.get("companyId");
		Scope scope = Scope.valueOf((String) parameters.get("scope"));
		int first = (Integer) parameters.get("first");
		int maxHops = (Integer) parameters.get("maxHops");
		ScoreWeights weights = BASE.with(new HashMap<>((Map<String, Object>) parameters.get("weights")));
		Set<String> introduced = this.driver.executableQuery(this.cypher.query("queries/matching/introduced"))
			.withParameters(Map.of("companyId", company))
			.execute()
			.records()
			.stream()
			.map((row) -> row.get("id").asString())
			.collect(Collectors.toSet());
		List<String> picked = this.index.read((graph) -> switch (name) {
			case "upstream-partners" -> PartnerPicker.upstream(graph, company, scope, maxHops, first, weights);
			case "downstream-partners" -> PartnerPicker.downstream(graph, company, scope, maxHops, first, weights);
			default -> CollaborationPicker.recommend(graph, company, scope, first, weights, introduced);
		}).orElseThrow(() -> new AssertionError("the matching index is not in use"));
		return explained(name.equals("recommend-collaborations") ? "recommend" : name, parameters, picked);
	}

	private String explained(String name, Map<String, Object> parameters, List<String> picked) {
		if (picked.isEmpty()) {
			return "";
		}
		Map<String, Object> explain = new HashMap<>(parameters);
		explain.put("partnerIds", picked);
		explain.put("first", picked.size());
		explain.put("includeIntroduced", false);
		return answer(this.cypher.query("queries/matching/" + name + "-explain"), explain);
	}

	private static Map<String, Object> settings(String scope, int maxHops, int first, Map<String, Double> weights) {
		return Map.of("scope", scope, "maxHops", maxHops, "first", first, "weights", weights);
	}

	private static Map<String, Double> weights(Object... namesAndValues) {
		Map<String, Double> weights = new HashMap<>(DEFAULTS);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			weights.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
		}
		return weights;
	}

	/** Every row in full, one per line: nodes by id, numbers to 1e-9. */
	private String answer(String query, Map<String, Object> parameters) {
		StringBuilder answer = new StringBuilder();
		for (Record row : this.driver.executableQuery(query).withParameters(parameters).execute().records()) {
			answer.append(describe(row.asMap())).append('\n');
		}
		return answer.toString();
	}

	private static String describe(Object value) {
		if (value instanceof Node node) {
			return node.get("id").asString();
		}
		if (value instanceof Double number) {
			return String.format("%.9f", number);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(MatchingPruningTests::describe).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, String> sorted = new TreeMap<>();
			map.forEach((key, entry) -> sorted.put(key + "=", describe(entry)));
			return sorted.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + entry.getValue())
				.collect(Collectors.joining(" ", "{", "}"));
		}
		return String.valueOf(value);
	}

	private void importGeneratedHub(int companies, long seed) {
		ByteArrayOutputStream document = new ByteArrayOutputStream();
		try {
			new HubGenerator(companies, seed).write(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = document.toByteArray();
		ImportReport report = this.bulkImport.importFiles(
				List.of(new ImportFile("hub.json", () -> new ByteArrayInputStream(bytes))), false, ImportProgress.NONE);
		assertThat(report.problems()).isEmpty();
		assertThat(report.companies()).isEqualTo(companies);
	}

	private static String resource(String path) {
		try (InputStream in = MatchingPruningTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
