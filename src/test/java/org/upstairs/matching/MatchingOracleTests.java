package org.upstairs.matching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.bulk.BulkImport;
import org.upstairs.bulk.HubGenerator;
import org.upstairs.bulk.ImportFile;
import org.upstairs.bulk.ImportProgress;
import org.upstairs.bulk.ImportReport;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.matching.replica.Scope;
import org.upstairs.matching.replica.ScoreWeights;
import org.upstairs.matching.replica.Side;
import org.upstairs.scenario.Scenario;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching engine picks its partners from cheap bounds and prunes what cannot make
 * the list, then explains them, all in memory. That is only allowed if it changes
 * nothing: on a generated hub large enough for popular capabilities to have dozens of
 * offerers, it must give exactly the answers of the oracle, plain Cypher queries that
 * read every candidate in full ({@link OracleAnswers}): partners, scores, hops, places,
 * paths and reasons, for every scope and for weights that favour one reason or another.
 */
class MatchingOracleTests extends IntegrationTest {

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
	 * For one company in 25 under each setting, asserts that the engine gives the
	 * oracle's answer, as the API gives it, reason texts included.
	 * @return the answers, one string each
	 */
	private List<String> compare(String name, List<Map<String, Object>> settings) {
		OracleAnswers oracle = new OracleAnswers(this.driver);
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
				Request request = new Request(setting, company);
				String expected = switch (name) {
					case "upstream-partners" -> describePartners(oracle.partners(Side.UPSTREAM, company, request.scope,
							request.maxHops, request.first, request.weights));
					case "downstream-partners" -> describePartners(oracle.partners(Side.DOWNSTREAM, company,
							request.scope, request.maxHops, request.first, request.weights));
					default -> describeRecommendations(
							oracle.recommendations(company, request.scope, request.first, request.weights));
				};
				String engine = switch (name) {
					case "upstream-partners" -> describePartners(this.matchmaking.partners(Side.UPSTREAM, company,
							request.scope, request.maxHops, request.first, request.weights));
					case "downstream-partners" -> describePartners(this.matchmaking.partners(Side.DOWNSTREAM, company,
							request.scope, request.maxHops, request.first, request.weights));
					default -> describeRecommendations(
							this.matchmaking.recommend(company, request.scope, request.first, request.weights, true));
				};
				assertThat(engine).as("%s for %s with %s", name, company, setting).isEqualTo(expected);
				answers.add(expected);
			}
		}
		return answers;
	}

	/** The parameters of a comparison as the service takes them. */
	private static final class Request {

		final Scope scope;

		final int first;

		final int maxHops;

		final ScoreWeights weights;

		@SuppressWarnings("unchecked")
		Request(Map<String, Object> setting, String company) {
			this.scope = Scope.valueOf((String) setting.get("scope"));
			this.first = (Integer) setting.get("first");
			this.maxHops = (Integer) setting.get("maxHops");
			this.weights = BASE.with(new HashMap<>((Map<String, Object>) setting.get("weights")));
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

	/** Every partner in full, one per line: nodes by id, numbers to 1e-9. */
	private static String describePartners(List<PartnerMatch> partners) {
		return partners.stream()
			.map((partner) -> String.join(" ", partner.company().id(), number(partner.score()),
					"hops=" + partner.hops(), partner.proximity().name(), "floorDelta=" + partner.floorDelta(),
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
					recommendation.kind().name(), "hops=" + recommendation.hops(), describe(recommendation.reasons())))
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

}
