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
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.bulk.BulkImport;
import org.upstairs.bulk.HubGenerator;
import org.upstairs.bulk.ImportFile;
import org.upstairs.bulk.ImportProgress;
import org.upstairs.bulk.ImportReport;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.Neo4jBackend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching queries (upstream-partners, downstream-partners, recommend-collaborations)
 * pick their partners from cheap bounds and prune what cannot make the list; the
 * in-memory pickers score every candidate in Java and the explainers give the reasons in
 * Java too. All are only allowed if they change nothing: on a generated hub large enough
 * for popular capabilities to have dozens of offerers, they must give exactly the answers
 * of the plain queries they replaced (kept in src/test/resources/matching/): partners,
 * scores, hops, places, paths and reasons, for every scope and for weights that favour
 * one reason or another.
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
	private Matchmaking matchmaking;

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
	 * For one company in 25 under each setting, asserts that both ways the service
	 * answers give the answer of the plain reference query: picked and explained by the
	 * Cypher queries (as against an external server), and picked and explained in memory
	 * on {@link MatchingIndex} (as with the embedded one). Answers are compared as the
	 * API gives them, reason texts included.
	 * @return the answers, one string each
	 */
	private List<String> compare(String name, List<Map<String, Object>> settings) {
		String plain = resource("/matching/" + name + "-unpruned.cypher");
		List<String> companies = this.driver.executableQuery("""
				MATCH (company:Company) WHERE company.id =~ '.*(07|37|67|97)' AND NOT company.archived
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
				String expected = answer(name, plain, parameters);
				assertThat(inCypher(name, parameters)).as("%s in Cypher for %s with %s", name, company, setting)
					.isEqualTo(expected);
				if (!Neo4jBackend.isContainer()) {
					// An external server keeps no in-memory graph.
					assertThat(inMemory(name, parameters)).as("%s in memory for %s with %s", name, company, setting)
						.isEqualTo(expected);
				}
				answers.add(expected);
			}
		}
		return answers;
	}

	private String inCypher(String name, Map<String, Object> parameters) {
		Request request = new Request(parameters);
		return switch (name) {
			case "upstream-partners" -> describePartners(this.matchmaking.partnersInCypher(Matchmaking.Side.UPSTREAM,
					request.company, request.scope, request.maxHops, request.first, request.weights));
			case "downstream-partners" ->
				describePartners(this.matchmaking.partnersInCypher(Matchmaking.Side.DOWNSTREAM, request.company,
						request.scope, request.maxHops, request.first, request.weights));
			default -> describeRecommendations(this.matchmaking.recommendInCypher(request.company, request.scope,
					request.first, request.weights, true));
		};
	}

	private String inMemory(String name, Map<String, Object> parameters) {
		Request request = new Request(parameters);
		return switch (name) {
			case "upstream-partners" -> describePartners(this.matchmaking
				.partnersInMemory(Matchmaking.Side.UPSTREAM, request.company, request.scope, request.maxHops,
						request.first, request.weights)
				.orElseThrow(() -> new AssertionError("the matching index did not answer")));
			case "downstream-partners" -> describePartners(this.matchmaking
				.partnersInMemory(Matchmaking.Side.DOWNSTREAM, request.company, request.scope, request.maxHops,
						request.first, request.weights)
				.orElseThrow(() -> new AssertionError("the matching index did not answer")));
			default -> describeRecommendations(this.matchmaking
				.recommendInMemory(request.company, request.scope, request.first, request.weights, true)
				.orElseThrow(() -> new AssertionError("the matching index did not answer")));
		};
	}

	/** The parameters of a comparison as the service takes them. */
	private static final class Request {

		final String company;

		final Scope scope;

		final int first;

		final int maxHops;

		final ScoreWeights weights;

		@SuppressWarnings("unchecked")
		Request(Map<String, Object> parameters) {
			this.company = (String) parameters.get("companyId");
			this.scope = Scope.valueOf((String) parameters.get("scope"));
			this.first = (Integer) parameters.get("first");
			this.maxHops = (Integer) parameters.get("maxHops");
			this.weights = BASE.with(new HashMap<>((Map<String, Object>) parameters.get("weights")));
		}

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

	/** The reference query's answer, read as the service reads its queries' rows. */
	private String answer(String name, String query, Map<String, Object> parameters) {
		List<Record> rows = this.driver.executableQuery(query).withParameters(parameters).execute().records();
		return name.equals("recommend-collaborations")
				? describeRecommendations(rows.stream().map(Matchmaking::recommendation).toList())
				: describePartners(rows.stream().map(Matchmaking::partnerMatch).toList());
	}

	/** Every partner in full, one per line: nodes by id, numbers to 1e-9. */
	private static String describePartners(List<PartnerMatch> partners) {
		return partners.stream()
			.map((partner) -> String.join(" ", partner.company().id(), number(partner.score()),
					"hops=" + partner.hops(), partner.proximity(), "floorDelta=" + partner.floorDelta(),
					partner.paths()
						.stream()
						.map((path) -> path.stream().map(Capability::id).toList().toString())
						.collect(Collectors.joining(" ", "paths=[", "]")),
					describe(partner.reasons())))
			.collect(Collectors.joining("\n"));
	}

	private static String describeRecommendations(List<Recommendation> recommendations) {
		return recommendations.stream()
			.map((recommendation) -> String.join(" ", recommendation.company().id(), number(recommendation.score()),
					recommendation.kind(), "hops=" + recommendation.hops(), describe(recommendation.reasons())))
			.collect(Collectors.joining("\n"));
	}

	private static String describe(List<Reason> reasons) {
		return reasons.stream()
			.map((reason) -> String.join(" ", reason.code().name(), number(reason.weight()),
					"\"" + reason.text() + "\"", reason.capabilities().stream().map(Capability::id).toList().toString(),
					reason.scenarios().stream().map(Scenario::id).toList().toString(),
					reason.companies().stream().map(Company::id).toList().toString()))
			.collect(Collectors.joining("; ", "{", "}"));
	}

	private static String number(double value) {
		return String.format("%.9f", value);
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
