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

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.bulk.BulkImport;
import org.upstairs.bulk.HubGenerator;
import org.upstairs.bulk.ImportFile;
import org.upstairs.bulk.ImportProgress;
import org.upstairs.config.CypherScripts;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * upstream-partners.cypher picks its partners from cheap scores and prunes what cannot
 * make the list. That is only allowed if it changes nothing: on a generated hub large
 * enough for popular capabilities to have dozens of offerers, it must give exactly the
 * answers of the plain query it replaced
 * (src/test/resources/matching/upstream-partners-unpruned.cypher), partners, scores,
 * hops, places, paths and reasons, for every scope and for weights that favour the chain
 * or the neighbourhood.
 */
class UpstreamPartnersPruningTests extends IntegrationTest {

	@Autowired
	private BulkImport bulkImport;

	@Autowired
	private CypherScripts cypher;

	@Test
	void pruningGivesExactlyTheAnswersOfThePlainQuery() {
		resetGraphTo();
		importGeneratedHub(2_500, 11);
		String pruned = this.cypher.query("queries/matching/upstream-partners");
		String plain = plainQuery();
		// One company in 25, spread evenly over the generated ids.
		List<String> companies = this.driver.executableQuery("""
				MATCH (company:Company) WHERE company.id =~ '.*(07|37|67|97)'
				RETURN company.id AS id ORDER BY id""")
			.execute()
			.records()
			.stream()
			.map((row) -> row.get("id").asString())
			.toList();
		assertThat(companies).hasSizeGreaterThan(80);

		Map<String, Double> defaults = new ScoreWeights(3, 3, 1.5, 1.5, 1, 1, 1, 0.75, 0.5, 0.5).asMap();
		Map<String, Double> chainHeavy = new HashMap<>(defaults);
		chainHeavy.put("chainUpstream", 12.0);
		Map<String, Double> placeHeavy = new HashMap<>(defaults);
		placeHeavy.put("nearbySameHub", 4.0);
		placeHeavy.put("nearbySameFloor", 6.0);
		placeHeavy.put("offersWhatYouNeed", 0.5);
		List<Map<String, Object>> settings = List.of(settings("ANYWHERE", 2, 10, defaults),
				settings("ANYWHERE", 4, 3, defaults), settings("ANYWHERE", 0, 25, defaults),
				settings("ANYWHERE", 2, 1, chainHeavy), settings("ANYWHERE", 3, 5, placeHeavy),
				settings("SAME_HUB", 2, 10, placeHeavy), settings("SAME_BUILDING", 2, 10, defaults),
				settings("UPSTAIRS", 4, 5, chainHeavy));

		int answersWithChainPartners = 0;
		int answersWithNeighbours = 0;
		int answersCompared = 0;
		for (Map<String, Object> setting : settings) {
			for (String company : companies) {
				Map<String, Object> parameters = new HashMap<>(setting);
				parameters.put("companyId", company);
				List<String> expected = answer(plain, parameters);
				assertThat(answer(pruned, parameters)).as("%s with %s", company, setting).isEqualTo(expected);
				answersCompared++;
				answersWithChainPartners += expected.stream().anyMatch((row) -> !row.contains("hops=0 ")) ? 1 : 0;
				answersWithNeighbours += expected.stream().anyMatch((row) -> !row.contains("ANYWHERE")) ? 1 : 0;
			}
		}
		// The comparison means something only if both kinds of partner the pruning
		// reasons
		// about turn up often.
		assertThat(answersWithChainPartners).isGreaterThan(answersCompared / 10);
		assertThat(answersWithNeighbours).isGreaterThan(answersCompared / 10);
	}

	private static Map<String, Object> settings(String scope, int maxHops, int first, Map<String, Double> weights) {
		return Map.of("scope", scope, "maxHops", maxHops, "first", first, "weights", weights);
	}

	/** One line per partner, everything a user sees of it, scores to 1e-9. */
	private List<String> answer(String query, Map<String, Object> parameters) {
		List<String> rows = new ArrayList<>();
		for (Record row : this.driver.executableQuery(query).withParameters(parameters).execute().records()) {
			rows.add(row.get("partner").get("id").asString() + " score="
					+ String.format("%.9f", row.get("score").asDouble()) + " hops=" + row.get("hops") + " "
					+ row.get("proximity").asString() + " floorDelta=" + row.get("floorDelta") + " paths="
					+ row.get("paths").asList((path) -> path.asList((node) -> node.get("id").asString())) + " reasons="
					+ row.get("reasons")
						.asList((reason) -> reason.get("code").asString() + ":"
								+ String.format("%.9f", reason.get("weight").asDouble()) + ":"
								+ (reason.get("capabilities").isNull() ? List.of()
										: reason.get("capabilities").asList((node) -> node.get("id").asString()))));
		}
		return rows;
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
		var report = this.bulkImport.importFiles(
				List.of(new ImportFile("hub.json", () -> new ByteArrayInputStream(bytes))), false, ImportProgress.NONE);
		assertThat(report.problems()).isEmpty();
		assertThat(report.companies()).isEqualTo(companies);
	}

	private static String plainQuery() {
		try (InputStream in = UpstreamPartnersPruningTests.class
			.getResourceAsStream("/matching/upstream-partners-unpruned.cypher")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
