package org.upstairs.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.config.CypherScripts;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Matchmaking on the demo dataset: what the saying promises, and properties that must
 * hold for every company.
 */
class DemoMatchingTests extends IntegrationTest {

	@Autowired
	CypherScripts cypher;

	@BeforeEach
	void demo() {
		resetGraphToDemoData();
	}

	@Test
	void infinigenceIsUpstreamOfTheModelCompanies() {
		for (String modelCompany : List.of("deepharbor-ai", "tidewave-lm", "xiaodu-technology")) {
			assertThat(upstream(modelCompany, "ANYWHERE")).as(modelCompany).contains("infinigence-ai");
		}
	}

	@Test
	void upstairsAnswersDifferFromAnywhere() {
		List<String> upstairs = upstream("deepharbor-ai", "UPSTAIRS");
		List<String> anywhere = upstream("deepharbor-ai", "ANYWHERE");

		assertThat(upstairs).isNotEmpty().contains("infinigence-ai").isNotEqualTo(anywhere);
		assertThat(anywhere).hasSizeGreaterThan(upstairs.size());
	}

	@Test
	void theWorkedExampleOfDocsMatchingMdHolds() {
		graphQl()
			.document("{ upstreamPartners(companyId: \"deepharbor-ai\", scope: UPSTAIRS) { company { id } score } }")
			.execute()
			.path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.containsExactly("infinigence-ai", "corpusforge", "inesa", "tagwise-data")
			.path("upstreamPartners[*].score")
			.entityList(Double.class)
			.containsExactly(7.5, 5.5, 4.0, 4.0);
	}

	@Test
	void everyScoreIsExactlyTheSumOfItsReasons() {
		List<String> companies = this.driver
			.executableQuery("MATCH (c:Company) WHERE NOT c.archived RETURN c.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList();
		int checked = 0;
		for (String company : companies) {
			List<Map<String, Object>> recommendations = graphQl()
				.document(
						"query($id: ID!) { recommendCollaborations(companyId: $id, first: 100) { company { id } score "
								+ "reasons { weight } } }")
				.variable("id", company)
				.execute()
				.path("recommendCollaborations")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			for (Map<String, Object> recommendation : recommendations) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> reasons = (List<Map<String, Object>>) recommendation.get("reasons");
				double sum = reasons.stream()
					.mapToDouble((reason) -> ((Number) reason.get("weight")).doubleValue())
					.sum();
				assertThat(((Number) recommendation.get("score")).doubleValue()).as(company)
					.isCloseTo(sum, within(1e-9));
				assertThat(((Map<?, ?>) recommendation.get("company")).get("id")).isNotEqualTo(company);
				checked++;
			}
		}
		assertThat(checked).as("recommendations checked").isGreaterThan(100);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // an exhaustive path search would not
													// end
	void aPathLongerThanTheLimitIsNoAnswerAndDoesNotHang() {
		String query = "query($from: ID!, $to: ID!, $max: Int) { chainPath(fromCompanyId: $from, toCompanyId: $to, "
				+ "maxLength: $max) { length steps { from { ... on Company { id } ... on Capability { id } } } } }";
		int shortest = graphQl().document(query)
			.variable("from", "infinigence-ai")
			.variable("to", "microport-medbot")
			.variable("max", 12)
			.execute()
			.path("chainPath.length")
			.entity(Integer.class)
			.get();
		assertThat(shortest).isGreaterThan(1);

		graphQl().document(query)
			.variable("from", "infinigence-ai")
			.variable("to", "microport-medbot")
			.variable("max", shortest - 1)
			.execute()
			.path("chainPath")
			.valueIsNull();
	}

	@Test
	void equallyShortPathsAlwaysGiveTheSameAnswer() {
		String query = "{ chainPath(fromCompanyId: \"infinigence-ai\", toCompanyId: \"microport-medbot\") "
				+ "{ steps { text } } }";
		List<String> first = graphQl().document(query)
			.execute()
			.path("chainPath.steps[*].text")
			.entityList(String.class)
			.get();
		// Recreating the relationships changes the order the store holds them in, not the
		// answer.
		this.driver.executableQuery("""
				MATCH (a:Company)-[r:OFFERS]->(c:Capability) WITH a, r, c ORDER BY a.id DESC, c.id DESC
				DELETE r CREATE (a)-[:OFFERS]->(c)""").execute();
		List<String> again = graphQl().document(query)
			.execute()
			.path("chainPath.steps[*].text")
			.entityList(String.class)
			.get();
		assertThat(again).isNotEmpty().isEqualTo(first);
	}

	@Test
	void aSingleCompanyRequestNeverScansAllCompanies() {
		Map<String, Map<String, Object>> queries = Map.ofEntries(
				Map.entry("queries/matching/replica/nodes-by-key",
						Map.of("keys", List.of(Map.of("kind", "COMPANY", "id", "infinigence-ai")))),
				Map.entry("queries/matching/explained-nodes",
						Map.of("companyIds", List.of("infinigence-ai"), "capabilityIds", List.of("gpu-compute"),
								"scenarioIds", List.of("telesurgery"))),
				Map.entry("queries/matching/introduced", Map.of("companyId", "deepharbor-ai")),
				Map.entry("queries/matching/chain-gaps", Map.of("hubId", "smc-xuhui", "scenarioId", "telesurgery")),
				Map.entry("queries/matching/chain-path", Map.of("fromId", "infinigence-ai", "toId", "microport-medbot",
						"maxLength", 6, "askerId", "infinigence-ai")));
		queries.forEach((name, parameters) -> {
			Plan plan = this.driver.executableQuery("EXPLAIN " + this.cypher.query(name))
				.withParameters(parameters)
				.execute()
				.summary()
				.plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			assertThat(operators).as(name).anyMatch((operator) -> operator.startsWith("NodeUniqueIndexSeek"));
			assertThat(operators).as(name).noneMatch((operator) -> operator.startsWith("AllNodesScan"));
			assertThat(operators).as(name).noneMatch((operator) -> operator.startsWith("NodeByLabelScan"));
			if (name.endsWith("chain-path")) {
				// A shortest-path search that falls back to exhaustive expansion hangs on
				// a big graph.
				assertThat(operators).as(name)
					.noneMatch((operator) -> operator.startsWith("AntiConditionalApply")
							|| operator.startsWith("VarLengthExpand"));
			}
		});
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

	private List<String> upstream(String companyId, String scope) {
		return graphQl()
			.document("query($id: ID!, $scope: Scope) { upstreamPartners(companyId: $id, scope: $scope, first: 100) "
					+ "{ company { id } } }")
			.variable("id", companyId)
			.variable("scope", scope)
			.execute()
			.path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.get();
	}

}
